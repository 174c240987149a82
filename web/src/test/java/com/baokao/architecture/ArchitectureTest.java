package com.baokao.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code, checked on the compiled classes of all three modules: web (pages, REST) above batch
 * (jobs) above ejb (rules and services), never back; inside ejb, every package on a floor that may use only the
 * floors below it, so no two packages depend on each other; and pages never handed a JPA entity.
 */
class ArchitectureTest {

    private static final String ROOT = "com.baokao";

    /**
     * The floors of Baokao's packages, ground floor first. A package may use its own classes and those of lower
     * floors only; a new package gets a floor here (the test fails until it has one).
     */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            // the words every refusal is made of
            entry("i18n", 0),
            // plumbing every feature uses: time, money, the database, the caller
            entry("platform", 1),
            // the waiting room's rule (registration day): pure, knows nothing of features
            entry("admission", 1),
            // records and ports that know no feature: the audit trail, outgoing messages, PDF rendering, decisions
            entry("audit", 2), entry("notification", 2), entry("document", 2), entry("decision", 2),
            // who: accounts; what: the exam catalogue
            entry("account", 3), entry("catalogue", 3),
            // files, staff scopes, the candidate's inbox
            entry("upload", 4), entry("staff", 4), entry("inbox", 4),
            // the candidate's profile, then applications
            entry("profile", 5),
            entry("application", 6),
            // what the centre does with applications
            entry("review", 7), entry("payment", 7), entry("seating", 7),
            entry("reconciliation", 8), entry("schedule", 8),
            // the built-in payment provider speaks the protocol from outside; scores come after the exam's seating
            entry("sandbox", 9), entry("score", 9),
            // certificates follow the released scores
            entry("certificate", 10),
            // the walk-in desk registers, takes fees and hands out tickets through the services below it
            entry("desk", 10),
            entry("demo", 11),
            // the other modules
            entry("batch", 12),
            entry("web", 13));

    private static JavaClasses baokao;

    @BeforeAll
    static void importClasses() {
        baokao = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theClassesOfAllThreeModulesAreSeen() {
        // a test that saw nothing would pass every rule
        assertThat(baokao.containPackage("com.baokao.web")).isTrue();
        assertThat(baokao.containPackage("com.baokao.batch")).isTrue();
        assertThat(baokao.containPackage("com.baokao.application")).isTrue();
    }

    @Test
    void ejbNeverUsesBatchOrWeb() {
        noClasses().that().resideOutsideOfPackages("com.baokao.web..", "com.baokao.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("com.baokao.web..", "com.baokao.batch..")
                .check(baokao);
    }

    @Test
    void batchNeverUsesWeb() {
        noClasses().that().resideInAPackage("com.baokao.batch..")
                .should().dependOnClassesThat().resideInAPackage("com.baokao.web..")
                .check(baokao);
    }

    @Test
    void everyPackageUsesOnlyLowerFloors() {
        classes().that().resideInAPackage(ROOT + "..").should(useOnlyLowerFloors()).check(baokao);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("com.baokao.(*)..").should().beFreeOfCycles().check(baokao);
        slices().matching("com.baokao.web.(*)..").should().beFreeOfCycles().check(baokao);
        slices().matching("com.baokao.batch.(*)..").should().beFreeOfCycles().check(baokao);
    }

    @Test
    void pagesNeverSeeAnEntity() {
        noClasses().that().resideInAPackage("com.baokao.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(baokao);
        classes().that().resideInAPackage("com.baokao.web..").should(callNothingThatReturnsAnEntity()).check(baokao);
    }

    @Test
    void everyEjbPackageSaysWhatItIsFor() {
        Set<String> undocumented = new TreeSet<>();
        for (JavaClass c : baokao) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(ROOT + ".") && !pkg.startsWith("com.baokao.web") && !pkg.startsWith("com.baokao.batch")
                    && !baokao.contain(pkg + ".package-info")) {
                undocumented.add(pkg);
            }
        }
        assertThat(undocumented).as("packages without a package-info.java").isEmpty();
    }

    static String topPackage(String packageName) {
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inBaokao(JavaClass c) {
        return c.getPackageName().startsWith(ROOT + ".");
    }

    private static ArchCondition<JavaClass> useOnlyLowerFloors() {
        return new ArchCondition<>("use only their own package and packages on lower floors") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (!inBaokao(origin)) {
                    return;
                }
                String from = topPackage(origin.getPackageName());
                Integer fromFloor = FLOORS.get(from);
                if (fromFloor == null) {
                    events.add(SimpleConditionEvent.violated(origin, "package " + from + " of " + origin.getName()
                            + " has no floor in ArchitectureTest.FLOORS"));
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!inBaokao(target)) {
                        continue;
                    }
                    String to = topPackage(target.getPackageName());
                    Integer toFloor = FLOORS.get(to);
                    if (!to.equals(from) && (toFloor == null || toFloor >= fromFloor)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + from + " (floor " + fromFloor + ") may not use " + to + " (floor " + toFloor + ")"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> callNothingThatReturnsAnEntity() {
        return new ArchCondition<>("call no method outside web that returns a JPA entity") {
            @Override
            public void check(JavaClass page, ConditionEvents events) {
                for (JavaMethodCall call : page.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().getPackageName().startsWith("com.baokao.web")) {
                        continue;
                    }
                    Optional<JavaMethod> method = call.getTarget().resolveMember();
                    if (method.isPresent() && mentionsEntity(method.get().getReturnType())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription() + " returns an entity"));
                    }
                }
            }
        };
    }

    private static boolean mentionsEntity(JavaType type) {
        if (type.toErasure().isAnnotatedWith(Entity.class)) {
            return true;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            List<JavaType> arguments = parameterized.getActualTypeArguments();
            return arguments.stream().anyMatch(ArchitectureTest::mentionsEntity);
        }
        return false;
    }
}
