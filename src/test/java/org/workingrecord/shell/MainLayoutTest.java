package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The frame of every page: skip link first, the app's name, the main navigation; written once, the same for all. */
@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    void everyPageStartsWithASkipLinkAndTheMainNavigation() {
        UI.getCurrent().navigate("join");
        MainLayout layout = find(MainLayout.class).single();
        Document header = Jsoup.parseBodyFragment(layout.headerHtml());
        assertThat(header.select("a").first().text()).isEqualTo("Skip to the content");
        assertThat(header.select("a").first().attr("href")).isEqualTo("#main-content");
        assertThat(header.select("nav.main-nav").attr("aria-label")).isNotBlank();
        assertThat(header.select("nav.main-nav a").eachText()).containsExactly("Lessons", "Join a class", "My work", "For teachers");
        assertThat(header.select("nav.main-nav a").eachAttr("href")).containsExactly("", "join", "my-work", "teach");
        // the page the skip link points at is there
        assertThat(find(Component.class).withId("main-content").exists()).isTrue();
    }
}
