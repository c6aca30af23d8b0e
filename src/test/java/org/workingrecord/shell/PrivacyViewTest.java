package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.ClassroomService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;

/** The privacy notice, open to anyone, linked from every page, and saying the numbers the code uses. */
@SpringBootTest
@ActiveProfiles("test")
class PrivacyViewTest extends SpringBrowserlessTest {

    @Value("${workingrecord.backup.keep:14}")
    int backupsKept;

    @Value("${workingrecord.retention.archived-months:12}")
    int archivedMonths;

    @Value("${workingrecord.audit.kept-months:24}")
    int auditMonths;

    @Test
    void anyoneReadsWhatIsKeptWhoSeesItAndForHowLong() {
        UI.getCurrent().navigate("privacy");
        assertThat(find(H1.class).single().getText()).isEqualTo("What Working Record keeps about you");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("About a student, it keeps", "It does not keep",
                "Who can see it", "How long it is kept", "Cookies", "Getting your data, or having it deleted", "About teachers");
        List<String> points = find(ListItem.class).all().stream().map(ListItem::getText).toList();
        assertThat(points).hasSize(27).noneMatch(p -> p.contains("!{") || p.isBlank());
        // the numbers are the code's: the re-entry cookie's lifetime, the backups kept, the months the audit log keeps
        assertThat(points).anyMatch(p -> p.contains("for " + ClassroomService.REENTRY_LIFETIME.toHours() + " hours"));
        assertThat(points).anyMatch(p -> p.contains("the last " + backupsKept + " are kept"));
        assertThat(points).anyMatch(p -> p.contains("An archived class is deleted, with its students’ work, " + archivedMonths
                + " months after it was archived."));
        assertThat(points).anyMatch(p -> p.contains("An audit log keeps what teachers and administrators did with students’ data")
                && p.endsWith("Its entries are deleted after " + auditMonths + " months."));
        // linked from the frame of every page
        assertThat(find(MainLayout.class).single().getElement().getChild(2).getProperty("innerHTML"))
                .isEqualTo("<a href=\"privacy\">Privacy: what we keep about you</a>");
    }
}
