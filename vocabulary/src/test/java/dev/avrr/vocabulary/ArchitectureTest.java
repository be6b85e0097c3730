package dev.avrr.vocabulary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The vocabulary is what the services say to each other and nothing technical: it depends on no service, not on the
 * platform, and on no framework but the JSON and validation annotations its records carry; its packages form no
 * cycle.
 */
@AnalyzeClasses(packages = "dev.avrr.vocabulary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingTechnical = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "dev.avrr.platform..", "dev.avrr.referral..", "dev.avrr.cases..", "dev.avrr.grant..",
            "dev.avrr.monitoring..", "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "org.apache.kafka..")
            .because("the vocabulary is shared by every service and holds no technical part");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.avrr.(**)").should().beFreeOfCycles();
}
