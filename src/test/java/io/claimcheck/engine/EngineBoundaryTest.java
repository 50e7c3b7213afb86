package io.claimcheck.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework, cloud or transport type may leak into it. */
class EngineBoundaryTest {

    static final String[] ENGINE = {"io.claimcheck.ingest..", "io.claimcheck.extract..", "io.claimcheck.checklist..",
            "io.claimcheck.render..", "io.claimcheck.engine.."};

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.claimcheck");

    @Test
    void engineUsesNoQuarkusCdiHttpOrAwsTypes() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.ws..",
                        "io.vertx..", "org.jboss..", "software.amazon..", "com.amazonaws..", "io.smallrye..",
                        "org.eclipse.microprofile..")
                .because("the engine runs from a main method or a JMH benchmark as well as inside the function")
                .check(CLASSES);
    }

    @Test
    void engineDoesNotKnowTheDoors() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("io.claimcheck.api..", "io.claimcheck.lambda..",
                        "io.claimcheck.storage..", "io.claimcheck.webhook..")
                .check(CLASSES);
    }

    @Test
    void extractionDoesNotKnowChecklistsOrRendering() {
        noClasses().that().resideInAnyPackage("io.claimcheck.extract..", "io.claimcheck.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.claimcheck.checklist..", "io.claimcheck.render..",
                        "io.claimcheck.engine..")
                .check(CLASSES);
    }
}
