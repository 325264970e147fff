package org.mizan.evidence.inspector;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The worker parses hostile files in a JVM of its own, with a class path of its own: whatever a crafted file makes
 * the parsers do there, no code of Mizan's (no key, no database access, no audit) is within reach.
 */
@AnalyzeClasses(packages = "org.mizan", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkerIsolationTest {

    private static final String WORKER = "org.mizan.evidence.inspector..";

    @ArchTest
    static final ArchRule theWorkerUsesNothingOfMizan = noClasses()
            .that().resideInAPackage(WORKER)
            .should().dependOnClassesThat(resideInAPackage("org.mizan..").and(resideOutsideOfPackage(WORKER)))
            .because("a file that takes over a parser must find nothing of Mizan to call");
}
