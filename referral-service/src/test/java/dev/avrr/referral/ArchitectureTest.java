package dev.avrr.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.avrr.testing.ArchitectureRules;
import dev.avrr.testing.CommonArchitecture;

/**
 * Pure rules and resources without persistence; the package cycles recorded in src/test/resources/archunit-store
 * stay allowed until removed, and no new one is (docs/conventions.md).
 */
@AnalyzeClasses(packages = "dev.avrr.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packages = ArchitectureRules.noNewCycles("dev.avrr.referral");

    @ArchTest
    static final ArchTests common = CommonArchitecture.RULES;
}
