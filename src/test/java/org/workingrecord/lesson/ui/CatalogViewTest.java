package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;

@SpringBootTest
@ActiveProfiles("test")
class CatalogViewTest extends SpringBrowserlessTest {

    @Test
    void theCatalogListsEveryLessonWithAWayIn() {
        navigate(CatalogView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Lessons");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly(
                "Who said what? Reading a Kremlin working record",
                "Hard line or soft line? Positions on Nagy, Mikoyan and force",
                "Can we trust these notes? Sourcing a secret record",
                "Already set on force? Reading the record for a historical question");
        assertThat(find(Anchor.class).withText("Read the source").all()).extracting(Anchor::getHref)
                .contains("lessons/who-said-what/source");
        assertThat(find(Anchor.class).withAriaLabel("About this lesson: Who said what? Reading a Kremlin working record").single()
                .getHref()).isEqualTo("lessons/who-said-what");
    }

    @Test
    void aLessonPageSaysWhatStudentsWillLearnAndWhatToDoNext() {
        navigate("lessons/hard-or-soft-line", LessonView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Hard line or soft line? Positions on Nagy, Mikoyan and force");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Recognise when the record does not answer a question, and say so.", "Where does each speaker stand?");
        assertThat(find(Anchor.class).withText("Read the source").single().getHref()).isEqualTo("lessons/hard-or-soft-line/source");
    }
}
