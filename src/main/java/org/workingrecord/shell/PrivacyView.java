package org.workingrecord.shell;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What the app keeps about students and teachers, who sees it, for how long, and how to get it or
 * have it deleted: in plain words, for students, parents and a school's IT. Every statement here is
 * what the code does (the tests of each feature check it); change them together.
 */
@Route(value = Pages.PRIVACY, layout = MainLayout.class)
@AnonymousAllowed
public class PrivacyView extends Main implements HasDynamicTitle {

    /** The sections and how many points each has, in the bundle as privacy.KEY.title and privacy.KEY.1 ... */
    private static final List<Map.Entry<String, Integer>> SECTIONS = List.of(Map.entry("students", 5), Map.entry("not-kept", 3),
            Map.entry("who", 3), Map.entry("how-long", 4), Map.entry("cookies", 4), Map.entry("your-rights", 4),
            Map.entry("teachers", 4));

    public PrivacyView(@Value("${workingrecord.retention.archived-months:12}") int archivedMonths,
                       @Value("${workingrecord.backup.keep:14}") int backupsKept,
                       @Value("${workingrecord.audit.kept-months:24}") int auditMonths) {
        setId("main-content");
        addClassNames("page", "privacy-page");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")));
        for (Map.Entry<String, Integer> section : SECTIONS) {
            UnorderedList points = new UnorderedList();
            for (int i = 1; i <= section.getValue(); i++) {
                // the numbers are the server's settings, {0}, {1} and {2} in the texts: what it really does
                points.add(new ListItem(getTranslation("privacy." + section.getKey() + "." + i, Math.max(0, archivedMonths),
                        Math.max(1, backupsKept), Math.max(1, auditMonths))));
            }
            add(new Section(new H2(getTranslation("privacy." + section.getKey() + ".title")), points));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " – " + getTranslation("app.name");
    }
}
