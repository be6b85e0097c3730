package dev.avrr.testing;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every module's {@code ArchitectureTest} includes ({@code @ArchTest static final ArchTests common =
 * CommonArchitecture.RULES}) beside its own package rule; see {@link ArchitectureRules}.
 */
public final class CommonArchitecture {

    /** The rules below, for a module's test to include. */
    public static final ArchTests RULES = ArchTests.in(CommonArchitecture.class);

    @ArchTest
    static final ArchRule rulesArePure = ArchitectureRules.rulesArePure();

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = ArchitectureRules.resourcesDoNotTouchPersistence();

    @ArchTest
    static final ArchRule applicationServicesAreNouns = ArchitectureRules.applicationServicesAreNouns();

    private CommonArchitecture() {
    }
}
