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

    @Test
    void onlyTheShellAndViewsUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.workingrecord.shell..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }
}
