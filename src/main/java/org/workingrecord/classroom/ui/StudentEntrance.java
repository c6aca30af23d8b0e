package org.workingrecord.classroom.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Component;
import org.workingrecord.account.ui.LoginView;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.springframework.modulith.NamedInterface;

/**
 * Students come in through joining, not the teachers' sign-in. A signed-out visitor of a page only
 * students may open (a bookmarked "My work", a lesson link the teacher shared, a session that ended and
 * whose re-entry token is gone) is sent to joining:
 * <ul>
 * <li>on a page load, by the security rules: {@link #PAGES} are the addresses whose sign-in is joining;</li>
 * <li>inside the app (a link the router follows, no page load), Vaadin's access control sends them to the
 * sign-in page and notes the page they wanted; this sends them on to joining.</li>
 * </ul>
 * A test checks that {@link #PAGES} are exactly the pages declared for students.
 */
@NamedInterface("ui")
@Component
public class StudentEntrance implements VaadinServiceInitListener {

    /** The addresses of the student pages (Spring path patterns). */
    public static final List<String> PAGES = Stream.of(Pages.MY_WORK, Pages.WORK, Pages.STUDENT_WORKSHEET)
            .map(Pages::requestPattern).toList();

    /** Where a signed-out student starts. */
    public static final String JOIN = "/" + Pages.JOIN;

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(StudentEntrance::beforeEnter));
    }

    static void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != LoginView.class) {
            return;
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        Object wanted = session == null ? null : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (wanted instanceof String path && forStudents(event, path)) {
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
            event.forwardTo(JoinView.class);
        }
    }

    private static boolean forStudents(BeforeEnterEvent event, String pathWithQuery) {
        String path = pathWithQuery.contains("?") ? pathWithQuery.substring(0, pathWithQuery.indexOf('?')) : pathWithQuery;
        RolesAllowed roles = event.getSource().getRegistry().getNavigationTarget(path)
                .map(target -> target.getAnnotation(RolesAllowed.class)).orElse(null);
        return roles != null && Arrays.asList(roles.value()).contains(StudentAuthentication.ROLE);
    }
}
