package org.workingrecord.classroom;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A student as Spring Security knows them: role {@value #ROLE}, and the student's id as the principal.
 * They proved who they are with a class code, a resume code or the browser's re-entry token (so the
 * token is "pre-authenticated": no password). Nothing else about them is kept in the session; every
 * page asks the classroom again, so a removed student or an archived class is signed out at once.
 */
public final class StudentAuthentication {

    /** The role of a joined student: student pages say {@code @RolesAllowed(StudentAuthentication.ROLE)}. */
    public static final String ROLE = "STUDENT";

    private static final SecurityContextRepository SESSION = new HttpSessionSecurityContextRepository();

    private StudentAuthentication() {
    }

    /** Who a student is in the security context: only their id. */
    public record StudentPrincipal(long studentId) implements Principal, Serializable {

        @Override
        public String getName() {
            return "student-" + studentId;
        }
    }

    static Authentication of(long studentId) {
        return new PreAuthenticatedAuthenticationToken(new StudentPrincipal(studentId), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    /** The student signed in to this request's session, if a student is. */
    public static OptionalLong current() {
        Authentication authentication = strategy().getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StudentPrincipal p
                ? OptionalLong.of(p.studentId()) : OptionalLong.empty();
    }

    /** Signs the student in for this request and every later one of its session. */
    public static void signIn(long studentId, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = strategy().createEmptyContext();
        context.setAuthentication(of(studentId));
        strategy().setContext(context);
        if (request != null) {
            SESSION.saveContext(context, request, response);
        }
    }

    /** Signs whoever is signed in out of this session (the session itself stays, with the page in it). */
    public static void signOut(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = strategy().createEmptyContext();
        strategy().setContext(empty);
        if (request != null) {
            SESSION.saveContext(empty, request, response);
        }
    }

    private static SecurityContextHolderStrategy strategy() {
        return SecurityContextHolder.getContextHolderStrategy();
    }
}
