package dev.avrr.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure every module keeps, as ArchUnit rules its {@code ArchitectureTest} runs over its main classes
 * (docs/conventions.md says why):
 * <ul>
 * <li>no cycle between the packages under the module's root: a feature depends on the ground floor below it,
 * never the other way round;</li>
 * <li>a rule, gate, guard or policy class is pure: no JAX-RS, no {@code EntityManager}, no data source;</li>
 * <li>a resource (a class with {@code @Path}) does not touch persistence: it calls its feature's service;</li>
 * <li>an application service is named for what its feature keeps or does ({@code Referrals}, {@code Plans},
 * {@code CaseRegistration}), never {@code …Service}.</li>
 * </ul>
 */
public final class ArchitectureRules {

    private static final String[] PERSISTENCE = { "jakarta.persistence.EntityManager", "jakarta.persistence.Query",
            "javax.sql.DataSource", "io.agroal.api.AgroalDataSource", "java.sql.Connection" };

    private ArchitectureRules() {
    }

    /** No package under {@code root} depends, through others, on itself. */
    public static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
                .because("a feature depends on the ground floor below it, never the other way round");
    }

    /** Rules, gates, guards and policies decide on what they are given: no HTTP, no persistence. */
    public static ArchRule rulesArePure() {
        return noClasses()
                .that().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Gate").or().haveSimpleNameEndingWith("Guard")
                .or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[0])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[1])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[2])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[3])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[4])
                .because("a rule is tested as a table, without HTTP or a database").allowEmptyShould(true);
    }

    /** One naming convention for the application services of every module. */
    public static ArchRule applicationServicesAreNouns() {
        return noClasses().should().haveSimpleNameEndingWith("Service")
                .because("an application service is named for what its feature keeps or does (docs/conventions.md)")
                .allowEmptyShould(true);
    }

    /** A resource turns HTTP into a call of its feature's service; it holds no query and no connection. */
    public static ArchRule resourcesDoNotTouchPersistence() {
        return noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[0])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[1])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[2])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[3])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PERSISTENCE[4])
                .because("persistence belongs to the feature's service, behind the resource");
    }
}
