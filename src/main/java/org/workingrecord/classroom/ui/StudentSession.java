package org.workingrecord.classroom.ui;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.ReentryCookie;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.modulith.NamedInterface;

/**
 * The student signed in to this browser, as the student pages need them. A joined or resumed student is
 * a Spring Security principal with role {@value StudentAuthentication#ROLE} (the pages declare
 * {@code @RolesAllowed}); after a restart the browser's re-entry cookie signs them in again before any
 * page is checked ({@link org.workingrecord.classroom.StudentReentryFilter}). Only the id is in the session;
 * every page asks the service again, so a removed student or an archived class is signed out at once.
 */
@NamedInterface("ui")
public final class StudentSession {

    private StudentSession() {
    }

    public static Optional<StudentRef> current(ClassroomService classroom) {
        OptionalLong id = StudentAuthentication.current();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<StudentRef> student = classroom.current(id.getAsLong());
        if (student.isEmpty()) {
            signOutOfSession();
        }
        return student;
    }

    /** The signed-in student for a student page; without one (removed, class archived), the page forwards to joining. */
    public static Optional<StudentRef> orJoin(ClassroomService classroom, BeforeEnterEvent event) {
        Optional<StudentRef> student = current(classroom);
        if (student.isEmpty()) {
            event.forwardTo(Pages.JOIN);
        }
        return student;
    }

    /**
     * For a page that loads the student's work in one transaction of its own: {@code load} gets the
     * id this session signed in with and checks it as part of that transaction (empty if the student
     * may no longer work, and then this browser is signed out). Without a student the page forwards to joining.
     */
    public static <T> Optional<T> orJoin(BeforeEnterEvent event, LongFunction<Optional<T>> load) {
        OptionalLong id = StudentAuthentication.current();
        Optional<T> loaded = id.isPresent() ? load.apply(id.getAsLong()) : Optional.empty();
        if (loaded.isEmpty()) {
            if (id.isPresent()) {
                signOutOfSession();
            }
            event.forwardTo(Pages.JOIN);
        }
        return loaded;
    }

    static void signIn(StudentRef student, String reentryToken) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            // a new session id on sign-in, so a session id seen before cannot be used to act as the student
            VaadinService.reinitializeSession(request);
        }
        StudentAuthentication.signIn(student.studentId(), http(request), http(VaadinResponse.getCurrent()));
        ReentryCookie.set(http(request), http(VaadinResponse.getCurrent()), reentryToken);
    }

    /** Signs out of this browser: the session, the re-entry cookie and any unsent drafts of this student. */
    public static void signOut() {
        OptionalLong id = StudentAuthentication.current();
        signOutOfSession();
        UI ui = UI.getCurrent();
        if (ui != null && id.isPresent()) {
            ui.getPage().executeJs("try { Object.keys(localStorage).filter(k => k.startsWith($0)).forEach(k => localStorage.removeItem(k)) } catch (e) {}",
                    "wr-draft:" + id.getAsLong() + ":");
        }
    }

    private static void signOutOfSession() {
        HttpServletRequest request = http(VaadinRequest.getCurrent());
        HttpServletResponse response = http(VaadinResponse.getCurrent());
        StudentAuthentication.signOut(request, response);
        ReentryCookie.clear(request, response);
    }

    private static HttpServletRequest http(VaadinRequest request) {
        return request instanceof HttpServletRequest http ? http : null;
    }

    private static HttpServletResponse http(VaadinResponse response) {
        return response instanceof HttpServletResponse http ? http : null;
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
