package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textFromALessonCannotBecomeMarkup() {
        String evil = "<img src=x onerror=alert(1)> \"quoted\" & 'single' – Молотов";
        String html = "<p title=\"" + Html.esc(evil) + "\" data-x='" + Html.esc(evil) + "'>" + Html.esc(evil) + "</p>";
        var p = Jsoup.parseBodyFragment(html).selectFirst("p");
        assertThat(p.text()).isEqualTo(evil);
        assertThat(p.attr("title")).isEqualTo(evil);
        assertThat(p.attr("data-x")).isEqualTo(evil);
        assertThat(p.select("img")).isEmpty();
    }
}
