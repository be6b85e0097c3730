package dev.avrr.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.avrr.testing.ArchitectureRules;
import dev.avrr.testing.CommonArchitecture;

/**
 * No package cycle — problem, correlation and faults are the ground floor; the HTTP layer maps failures to
 * problems — pure rules, resources without persistence (docs/conventions.md).
 */
@AnalyzeClasses(packages = "dev.avrr.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packages = ArchitectureRules.noCycles("dev.avrr.platform");

    @ArchTest
    static final ArchTests common = CommonArchitecture.RULES;
}
