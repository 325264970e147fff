package org.mizan;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, as the design states it: business components ({@code org.mizan.<component>}), each
 * with a {@code boundary} (what the outside touches), a {@code control} (the logic) and an {@code entity}
 * (what is stored), meeting one another only through control and entity, over {@code platform}, in no cycle.
 *
 * <p>The components are read from the packages, not listed here, so a new component is held to the same rules
 * the day it appears. The inspection worker, the launcher and the benchmarks are modules of their own; the
 * worker has its own rule (WorkerIsolationTest).
 */
@AnalyzeClasses(packages = "org.mizan", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotLibraries.class})
class ArchitectureTest {

    private static final String PLATFORM = "platform";
    /**
     * Modules of their own that the WAR uses as it uses any library, not components of it: the offline verifier of evidence
     * packages (src/mizan-verify), which must run without the rest of Mizan, so it cannot follow the components' layout.
     */
    private static final Set<String> LIBRARIES = Set.of("verify");
    private static final Set<String> PUBLIC_LAYERS = Set.of("control", "entity");
    private static final Pattern COMPONENT_AND_LAYER = Pattern.compile("org\\.mizan\\.(\\w+)(?:\\.(\\w+))?.*");
    private static final Pattern IMPORT = Pattern.compile("import\\s+(?:static\\s+)?(org\\.mizan\\.[\\w.]+?)(?:\\.\\*)?\\s*;.*");
    private static final Path SOURCES = Path.of("src/main/java");

    @ArchTest
    static final ArchRule componentsMeetOnlyThroughControlOrEntity = classes()
            .should(reachOtherComponentsOnlyThroughControlOrEntity())
            .because("a component's boundary is for the outside (HTTP, pages), not for other components");

    @ArchTest
    static final ArchRule platformUsesNoBusinessComponent = noClasses()
            .that().resideInAPackage("org.mizan.platform..")
            .should().dependOnClassesThat(belongToABusinessComponent())
            .because("platform is what every component stands on; it must not stand on them");

    @ArchTest
    static final ArchRule auditIsTheFloor = noClasses()
            .that().resideInAPackage("org.mizan.audit..")
            .should().dependOnClassesThat(belongToABusinessComponent().and(resideOutsideOfPackage("org.mizan.audit..")))
            .because("everything is audited, so the audit can use no one");

    @ArchTest
    static final ArchRule securityUsesOnlyTheAudit = noClasses()
            .that().resideInAPackage("org.mizan.security..")
            .should().dependOnClassesThat(belongToABusinessComponent()
                    .and(resideOutsideOfPackage("org.mizan.security.."))
                    .and(resideOutsideOfPackage("org.mizan.audit..")))
            .because("every component asks security who is signed in; security answers without them");

    @ArchTest
    static final ArchRule componentsFormNoCycle = slices().matching("org.mizan.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesKnowNoLogicOrBoundary = noClasses()
            .that().resideInAPackage("org.mizan..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mizan..control..", "org.mizan..boundary..")
            .because("data flows one way: boundary, then control, then entity");

    @ArchTest
    static final ArchRule logicKnowsNoBoundary = noClasses()
            .that().resideInAPackage("org.mizan..control..")
            .should().dependOnClassesThat().resideInAPackage("org.mizan..boundary..")
            .because("data flows one way; what pages, the API and the logic share lives in control or entity");

    @ArchTest
    static final ArchRule boundariesLeaveTheDatabaseToControl = noClasses()
            .that().resideInAPackage("org.mizan..boundary..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("transactions and queries start in control; a boundary validates, calls and maps");

    /**
     * javac copies a constant into the class that reads it, so a class that reads only another component's
     * constant (a setting's name in {@code @ConfigProperty}, say) keeps no dependency in its bytecode: the rules
     * above cannot see it, though the source still needs the other component to compile. Imports close that gap.
     */
    @ArchTest
    static void importsObeyTheSameComponentRules(JavaClasses classes) throws IOException {
        List<String> violations = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.isTopLevelClass()) {
                continue;
            }
            for (String imported : importsOf(type)) {
                if (!mayReach(type.getPackageName(), packageOf(imported))) {
                    violations.add(type.getName() + " imports " + imported);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Imports that break the component rules (" + violations.size() + "):\n"
                    + String.join("\n", violations));
        }
    }

    private static List<String> importsOf(JavaClass type) throws IOException {
        Path source = SOURCES.resolve(type.getPackageName().replace('.', '/'))
                .resolve(type.getSourceCodeLocation().getSourceFileName());
        if (!Files.isRegularFile(source)) {
            throw new AssertionError("no source for " + type.getName() + " at " + source.toAbsolutePath());
        }
        try (var lines = Files.lines(source)) {
            return lines.map(IMPORT::matcher).filter(Matcher::matches).map(matcher -> matcher.group(1)).toList();
        }
    }

    /** The package of an imported class, of the class whose member a static import names, or of a wildcard. */
    private static String packageOf(String imported) {
        return Arrays.stream(imported.split("\\.")).takeWhile(part -> Character.isLowerCase(part.charAt(0)))
                .collect(Collectors.joining("."));
    }

    private static boolean mayReach(String from, String to) {
        boolean platformOnBusiness = component(from).equals(Optional.of(PLATFORM)) && isBusinessComponent(to);
        return !platformOnBusiness && reachesThroughControlOrEntity(from, to);
    }

    /** Its own component anything, platform anything, another component only its control or entity. */
    private static boolean reachesThroughControlOrEntity(String from, String to) {
        Optional<String> other = component(to);
        return other.isEmpty() || other.equals(component(from)) || other.get().equals(PLATFORM)
                || PUBLIC_LAYERS.contains(layer(to));
    }

    private static boolean isBusinessComponent(String packageName) {
        return component(packageName).filter(component -> !component.equals(PLATFORM)).isPresent();
    }

    private static DescribedPredicate<JavaClass> belongToABusinessComponent() {
        return DescribedPredicate.describe("belong to a business component (org.mizan.* other than platform)",
                type -> isBusinessComponent(type.getPackageName()));
    }

    private static ArchCondition<JavaClass> reachOtherComponentsOnlyThroughControlOrEntity() {
        return new ArchCondition<>("reach other components only through their control or entity (platform: anything)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (!reachesThroughControlOrEntity(origin.getPackageName(), dependency.getTargetClass().getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> component(String packageName) {
        Matcher matcher = COMPONENT_AND_LAYER.matcher(packageName);
        return matcher.matches() && !LIBRARIES.contains(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Leaves the {@link #LIBRARIES} out of what is analysed: their rules are their own modules'. */
    static final class NotLibraries implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return LIBRARIES.stream().noneMatch(library -> location.contains("/org/mizan/" + library + "/"));
        }
    }

    private static String layer(String packageName) {
        Matcher matcher = COMPONENT_AND_LAYER.matcher(packageName);
        return matcher.matches() && matcher.group(2) != null ? matcher.group(2) : "";
    }
}
