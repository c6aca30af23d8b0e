package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class DownloadsTest {

    /** Every GET mapping of the app's controllers, found by scanning, as the web layer would. */
    private static List<String> mappedPaths() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> paths = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.workingrecord")) {
            for (Method m : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                GetMapping get = m.getAnnotation(GetMapping.class);
                if (get != null) {
                    paths.addAll(List.of(get.value()));
                }
            }
        }
        return paths;
    }

    @Test
    void everyControllerMappingIsAKnownDownloadAndEveryDownloadIsMapped() throws Exception {
        List<String> mapped = mappedPaths();
        assertThat(mapped).isNotEmpty();
        List<String> known = new ArrayList<>(Downloads.all());
        known.add(LtiEndpoints.JWKS);
        known.add(LtiEndpoints.DEEP_LINK_RETURN);
        known.add(LtiEndpoints.CHECK);
        known.add(LtiEndpoints.CONTINUE);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void securityPatternsMatchOnePathSegmentPerVariable() {
        assertThat(Downloads.requestPatterns()).hasSize(Downloads.all().size())
                .contains("/teach/assignments/*/students/*/worksheet.docx", "/teach/lessons/*/answer-key.docx")
                .noneMatch(p -> p.contains("{"));
    }

    @Test
    void linksAreRelativeFilledInOrderAndEncoded() {
        assertThat(Downloads.href(Downloads.STUDENT_WORKSHEET, 7, 42)).isEqualTo("teach/assignments/7/students/42/worksheet.docx");
        assertThat(Downloads.href(Downloads.LESSON_WORKSHEET, "who said/what")).isEqualTo("teach/lessons/who%20said%2Fwhat/worksheet.docx");
        assertThatThrownBy(() -> Downloads.href(Downloads.STUDENT_WORKSHEET, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs more");
        assertThatThrownBy(() -> Downloads.href(Downloads.CLASS_DATA_CSV, 7, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 1");
    }
}
