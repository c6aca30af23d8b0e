package org.workingrecord.classroom.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.servlet.http.Cookie;

import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.StudentRef;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.modulith.NamedInterface;

/**
 * The student signed in to this browser session. Only the id is kept in the session; every page
 * asks the service again, so a removed student or an archived class is signed out at once.
 */
@NamedInterface("ui")
public final class StudentSession {

    private static final String KEY = StudentSession.class.getName();
    /** The browser's re-entry cookie: a signed token, not the student's id or code. */
    static final String COOKIE = "wr-student";

    private StudentSession() {
    }

    public static Optional<StudentRef> current(ClassroomService classroom) {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(KEY);
        if (!(id instanceof Long studentId)) {
            // a new session (the server restarted, or the session expired): the browser's token lets them back in
            Optional<StudentRef> back = reentryCookie().flatMap(classroom::reenter);
            back.ifPresent(s -> session.setAttribute(KEY, s.studentId()));
            return back;
        }
        Optional<StudentRef> student = classroom.current(studentId);
        if (student.isEmpty()) {
            session.setAttribute(KEY, null);
        }
        return student;
    }

    /** The signed-in student for a student page; without one, the page forwards to joining. */
    public static Optional<StudentRef> orJoin(ClassroomService classroom, BeforeEnterEvent event) {
        Optional<StudentRef> student = current(classroom);
        if (student.isEmpty()) {
            event.forwardTo("join");
        }
        return student;
    }

    /**
     * For a page that loads the student's work in one transaction of its own: {@code load} gets the
     * id this session signed in with and checks it as part of that transaction (empty if the student
     * may no longer work). A new session comes back in with the browser's re-entry token first.
     * Without a student the page forwards to joining.
     */
    public static <T> Optional<T> orJoin(ClassroomService classroom, BeforeEnterEvent event,
                                         LongFunction<Optional<T>> load) {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(KEY);
        Optional<T> loaded;
        if (id instanceof Long studentId) {
            loaded = load.apply(studentId);
            if (loaded.isEmpty()) {
                session.setAttribute(KEY, null);
            }
        } else {
            loaded = current(classroom).flatMap(s -> load.apply(s.studentId()));
        }
        if (loaded.isEmpty()) {
            event.forwardTo("join");
        }
        return loaded;
    }

    static void signIn(StudentRef student, String reentryToken) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            // a new session id on sign-in, so a session id seen before cannot be used to act as the student
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(KEY, student.studentId());
        reentryCookie(reentryToken, (int) ClassroomService.REENTRY_LIFETIME.toSeconds());
    }

    /**
     * Sets (or, with max-age 0, removes) the re-entry cookie on the response to this request: HttpOnly,
     * so no script on the page can read the token; SameSite=Strict; Secure over HTTPS.
     */
    private static void reentryCookie(String value, int maxAgeSeconds) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, value);
        String context = request == null ? "" : request.getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** Signs out of this browser: the session, the re-entry cookie and any unsent drafts of this student. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        reentryCookie("", 0);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("try { Object.keys(localStorage).filter(k => k.startsWith($0)).forEach(k => localStorage.removeItem(k)) } catch (e) {}",
                    "wr-draft:" + id + ":");
        }
    }

    private static Optional<String> reentryCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** This browser and its network address, for slowing down guessing. */
    static JoinClient client() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        String sessionKey = session != null && session.getSession() != null ? session.getSession().getId() : "no-session";
        String address = request != null && request.getRemoteAddr() != null ? request.getRemoteAddr() : "unknown";
        return new JoinClient(sessionKey, address);
    }
}
