package dev.avrr.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.avrr.testing.ArchitectureRules;
import dev.avrr.testing.CommonArchitecture;

/**
 * No package cycle — intake asks the consents it needs through {@code ReferralConsents}, which the consent package
 * implements — pure rules, resources without persistence (docs/conventions.md).
 */
@AnalyzeClasses(packages = "dev.avrr.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packages = ArchitectureRules.noCycles("dev.avrr.referral");

    @ArchTest
    static final ArchTests common = CommonArchitecture.RULES;
}
