package org.workingrecord;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;

/** Features stay apart: no cycles, pure cores without Vaadin or Spring, views without repositories. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // code Spring generates at build time (the production build's process-aot), not ours
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.workingrecord");

    /** Accounts without an administrator and classes with a chosen code exist for demo mode only. */
    @Test
    void onlyTheDemoSeedsAccountsAndClasses() {
        noClasses().that().resideOutsideOfPackages("org.workingrecord.demo..", "org.workingrecord.account..",
                        "org.workingrecord.classroom..", "org.workingrecord.lti..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Seeding")
                .because("TeacherSeeding and ClassSeeding skip the administrator and the random join code")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.workingrecord.account..", "org.workingrecord.classroom..")
                .and().haveSimpleNameNotEndingWith("Seeding")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Seeding")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.workingrecord.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void parsingASourceNeedsNoFrameworkAndNoLesson() {
        noClasses().that().resideInAPackage("org.workingrecord.source..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                        "org.workingrecord.lesson..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void lessonPlansAreLoadedWithoutVaadin() {
        noClasses().that().resideInAPackage("org.workingrecord.lesson")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositoriesOrTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "jakarta.persistence..",
                        "java.sql..")
                .check(classes);
    }

    /** Time comes from the Clock bean, so tests can set it and a school's zone is used everywhere. */
    @Test
    void timeAndTheTimeZoneComeOnlyFromTheClock() {
        noClasses().that().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("the app's Clock bean is the one source of the time and the zone")
                .check(classes);
    }

    /** Besides the shell and the views, only the app-wide wiring at the top (the start-up and the web security). */
    @Test
    void onlyTheShellAndViewsUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.workingrecord.shell..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .and().doNotHaveFullyQualifiedName(WebSecurityConfig.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    /**
     * Vaadin looks for routes, layouts, error pages and the app shell only in the packages the
     * application names in {@code @EnableVaadin}: a view anywhere else would silently not exist.
     */
    @Test
    void everyRouteAndErrorPageIsInAPackageVaadinScans() {
        String[] scanned = Arrays.stream(Application.class.getAnnotation(EnableVaadin.class).value())
                .map(p -> p + "..").toArray(String[]::new);
        // DescribedPredicate.or is also a static varargs method: a.or(b) can quietly mean just b
        classes().that(DescribedPredicate.or(annotatedWith(Route.class), annotatedWith(RouteAlias.class),
                        annotatedWith(Layout.class), assignableTo(HasErrorParameter.class),
                        assignableTo(AppShellConfigurator.class)))
                .should().resideInAnyPackage(scanned)
                .because("Application's @EnableVaadin lists the packages Vaadin scans at start")
                .check(classes);
    }
}
