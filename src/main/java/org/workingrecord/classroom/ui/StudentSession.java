package org.workingrecord.classroom.ui;

import java.util.Optional;

import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.StudentRef;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * The student signed in to this browser session. Only the id is kept in the session; every page
 * asks the service again, so a removed student or an archived class is signed out at once.
 */
public final class StudentSession {

    private static final String KEY = StudentSession.class.getName();

    private StudentSession() {
    }

    public static Optional<StudentRef> current(ClassroomService classroom) {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(KEY);
        if (!(id instanceof Long studentId)) {
            return Optional.empty();
        }
        Optional<StudentRef> student = classroom.current(studentId);
        if (student.isEmpty()) {
            session.setAttribute(KEY, null);
        }
        return student;
    }

    /** The signed-in student for a student page; without one, the page forwards to joining. */
    public static Optional<StudentRef> orJoin(ClassroomService classroom, com.vaadin.flow.router.BeforeEnterEvent event) {
        Optional<StudentRef> student = current(classroom);
        if (student.isEmpty()) {
            event.forwardTo("join");
        }
        return student;
    }

    static void signIn(StudentRef student) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            // a new session id on sign-in, so a session id seen before cannot be used to act as the student
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(KEY, student.studentId());
    }

    public static void signOut() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
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
