package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;

/** Every page's address is known in one place, {@link Pages}, and nothing builds one by hand. */
class PagesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "workingrecord");

    /** A string literal that is, or starts, the address of one of the app's pages. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\"/?(?:lessons/[^\"]*|(?:lesson-check|join|my-work|work|setup|login|admin|teach)(?:/[^\"]*)?)\"");

    /** Every {@code @Route} of the app, found by scanning, as Vaadin's route registry would. */
    private static List<String> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.workingrecord")) {
            routes.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value());
        }
        return routes;
    }

    @Test
    void everyRouteIsAKnownPageAndEveryPageIsRouted() throws Exception {
        List<String> routed = routes();
        assertThat(routed).hasSizeGreaterThan(15);
        assertThat(routed).containsExactlyInAnyOrderElementsOf(Pages.all());
    }

    @Test
    void addressesAreRelativeFilledInOrderAndEncoded() {
        assertThat(Pages.href(Pages.CLASS, 7)).isEqualTo("teach/classes/7");
        assertThat(Pages.href(Pages.ASSIGNMENT_GRADING, 12)).isEqualTo("teach/assignments/12/grading");
        assertThat(Pages.href(Pages.READER, "who said/what")).isEqualTo("lessons/who%20said%2Fwhat/source");
        assertThat(Pages.href(Pages.MY_WORK)).isEqualTo("my-work");
        assertThatThrownBy(() -> Pages.href(Pages.WORK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs more");
        assertThatThrownBy(() -> Pages.href(Pages.CLASS, 1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 1");
    }

    @Test
    void securityPatternsTakeOneSegmentPerParameter() {
        assertThat(Pages.requestPattern(Pages.STUDENT_WORKSHEET)).isEqualTo("/work/*/worksheet");
        assertThat(Pages.requestPattern(Pages.MY_WORK)).isEqualTo("/my-work");
    }

    @Test
    void noPageOrLinkWritesAnAddressByHand() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith("Pages.java") || file.endsWith("Downloads.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (writesAnAddress(lines.get(i))) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("addresses written by hand instead of through Pages").isEmpty();
    }

    /** The scan itself: it flags hand-made addresses and lets through keys and other strings. */
    @Test
    void theScanTellsAddressesFromOtherStrings() {
        assertThat(writesAnAddress("new Anchor(\"teach/assignments/\" + id, title)")).isTrue();
        assertThat(writesAnAddress("ui.navigate(\"my-work\")")).isTrue();
        assertThat(writesAnAddress("@Route(value = \"work/:assignmentId\")")).isTrue();
        assertThat(writesAnAddress("cookie.setPath(\"/login\")")).isTrue();
        assertThat(writesAnAddress("getTranslation(\"join.title\")")).isFalse();
        assertThat(writesAnAddress("n == 1 ? \"lesson\" : \"lessons\"")).isFalse();
        assertThat(writesAnAddress("addClassNames(\"page\", \"join-page\")")).isFalse();
        assertThat(writesAnAddress("ui.navigate(Pages.href(Pages.WORK, id))")).isFalse();
    }

    private static boolean writesAnAddress(String line) {
        Matcher m = ADDRESS.matcher(line);
        return m.find();
    }
}
