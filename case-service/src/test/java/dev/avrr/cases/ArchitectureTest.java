package dev.avrr.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.avrr.testing.ArchitectureRules;
import dev.avrr.testing.CommonArchitecture;

/**
 * No package cycle — casefile is the ground floor, lifecycle the only package that wires guards into the transition
 * table — pure rules, resources without persistence (docs/conventions.md).
 */
@AnalyzeClasses(packages = "dev.avrr.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packages = ArchitectureRules.noCycles("dev.avrr.cases");

    @ArchTest
    static final ArchTests common = CommonArchitecture.RULES;
}
