package org.workingrecord.authoring.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.workingrecord.authoring.LessonAuthoring.VersionInfo;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** Every saved version of a teacher's lesson, newest first: when it was saved, and whether it is published or a draft. */
final class VersionList extends Section {

    VersionList(List<VersionInfo> versions, Clock clock) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        UnorderedList items = new UnorderedList();
        for (VersionInfo v : versions) {
            String state = v.publishedAt() != null ? getTranslation("mylessons.version.published", when.format(v.publishedAt()))
                    : getTranslation(v.clean() ? "mylessons.version.draft" : "mylessons.version.problems");
            items.add(new ListItem(getTranslation("mylessons.version", v.number(), when.format(v.savedAt()), state)));
        }
        add(new H2(getTranslation("mylessons.versions")), items);
    }
}
