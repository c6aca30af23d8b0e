package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A broken lesson folder: the app still starts, and the problems are listed for teachers. */
@SpringBootTest(properties = "workingrecord.lessons-dir=src/test/resources/lesson-check")
@ActiveProfiles("test")
class LessonCheckViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(roles = "TEACHER")
    void problemsAreListedWithFileAndLine() {
        navigate(LessonCheckView.class);
        assertThat(find(Paragraph.class).withTextContaining("No lessons loaded, ").exists()).isTrue();
        assertThat(find(Code.class).all()).extracting(Code::getText).contains(
                "src/test/resources/lesson-check/broken/lesson.yaml:2: unknown key 'titel' in the lesson plan: did you mean 'title'?");
    }

    @Test
    void theCatalogStillOpensAndSaysThereIsNothingYet() {
        navigate(CatalogView.class);
        assertThat(find(H2.class).exists()).isFalse();
        assertThat(find(Paragraph.class).withTextContaining("No lessons are ready yet").exists()).isTrue();
    }
}
