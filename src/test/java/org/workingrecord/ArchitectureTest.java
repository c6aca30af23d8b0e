package org.workingrecord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Features stay apart: no cycles, pure cores without Vaadin or Spring, views without repositories. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // code Spring generates at build time (the production build's process-aot), not ours
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.workingrecord");

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
                .should().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .because("the app's Clock bean is the one source of the time and the zone")
                .check(classes);
    }

    @Test
    void onlyTheShellAndViewsUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.workingrecord.shell..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }
}
