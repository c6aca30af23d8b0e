package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * After a restart the browser's re-entry cookie signs its student in again, in the session, before any
 * page is checked; a cookie that names nobody who may work is dropped; a signed-in teacher stays a teacher.
 */
@SpringBootTest
@ActiveProfiles("test")
class StudentReentryFilterTest {

    private static final long TEACHER = 920_001L;

    @Autowired
    ClassroomService classroom;

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    private JoinOutcome.Joined join(String name) {
        ClassInfo c = classroom.createClass(TEACHER, "9A");
        return (JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name + System.nanoTime(), "127.0.0.7"));
    }

    private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new StudentReentryFilter(classroom).doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the request goes on whatever the cookie says").isSameAs(request);
        return response;
    }

    private static MockHttpServletRequest withCookie(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-work");
        request.setCookies(new Cookie(ReentryCookie.NAME, token));
        return request;
    }

    private static Authentication inSession(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return saved instanceof SecurityContext context ? context.getAuthentication() : null;
    }

    @Test
    void aGenuineCookieSignsItsStudentBackInForTheWholeSession() throws Exception {
        JoinOutcome.Joined anna = join("Anna");
        MockHttpServletRequest request = withCookie(classroom.reentryToken(anna.student()));
        MockHttpServletResponse response = get(request);
        Authentication back = inSession(request);
        assertThat(back).isNotNull();
        assertThat(back.getPrincipal()).isEqualTo(new StudentAuthentication.StudentPrincipal(anna.student().studentId()));
        assertThat(back.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STUDENT");
        assertThat(StudentAuthentication.current()).hasValue(anna.student().studentId());
        assertThat(response.getCookie(ReentryCookie.NAME)).as("the cookie is kept as it is").isNull();
    }

    @Test
    void aCookieThatNamesNobodyWhoMayWorkIsDroppedFromTheBrowser() throws Exception {
        JoinOutcome.Joined ben = join("Ben");
        String token = classroom.reentryToken(ben.student());
        classroom.removeStudent(TEACHER, ben.student().studentId());
        for (String cookie : List.of(token, "forged.1.2", "")) {
            MockHttpServletRequest request = withCookie(cookie);
            MockHttpServletResponse response = get(request);
            assertThat(inSession(request)).as(cookie).isNull();
            assertThat(StudentAuthentication.current()).isEmpty();
            assertThat(response.getCookie(ReentryCookie.NAME)).as(cookie).isNotNull();
            assertThat(response.getCookie(ReentryCookie.NAME).getMaxAge()).isZero();
        }
    }

    @Test
    void aTeacherSignedInOnTheSameBrowserStaysTheTeacher() throws Exception {
        JoinOutcome.Joined cara = join("Cara");
        Authentication teacher = UsernamePasswordAuthenticationToken.authenticated("ms.teacher", null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER")));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(teacher);
        SecurityContextHolder.setContext(context);
        MockHttpServletRequest request = withCookie(classroom.reentryToken(cara.student()));
        get(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(teacher);
        assertThat(inSession(request)).isNull();
    }

    @Test
    void requestsWithoutTheCookieAreLeftAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-work");
        MockHttpServletResponse response = get(request);
        assertThat(request.getSession(false)).isNull();
        assertThat(response.getCookies()).isEmpty();
    }
}
