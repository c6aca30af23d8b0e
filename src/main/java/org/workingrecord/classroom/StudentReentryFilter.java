package org.workingrecord.classroom;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings a student back in after their session was lost (the server restarted, a node went away, the
 * session expired): a request that nobody is signed in on but that carries the browser's re-entry
 * cookie signs that student in again, before any page checks who may open it. A token that no longer
 * names a student who may work (removed, class archived, resume code reset, expired) is dropped from
 * the browser, so it is looked at once. A teacher signed in on the same browser stays who they are.
 *
 * <p>Part of the security filter chain, not a bean of its own (a bean would also run as a plain servlet filter).
 */
public final class StudentReentryFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StudentReentryFilter.class);
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ClassroomService classroom;

    public StudentReentryFilter(ClassroomService classroom) {
        this.classroom = classroom;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = ReentryCookie.read(request);
        if (token.isPresent() && !TRUST.isAuthenticated(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication())) {
            reenter(token.get(), request, response);
        }
        chain.doFilter(request, response);
    }

    private void reenter(String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<StudentRef> student;
        try {
            student = classroom.reenter(token);
        } catch (RuntimeException e) {
            // the database is away for a moment: the cookie stays, and the next request tries again
            log.warn("Could not check a student's re-entry token: {}", e.toString());
            return;
        }
        if (student.isEmpty()) {
            ReentryCookie.clear(request, response);
            return;
        }
        if (request.getSession(false) != null) {
            // a new session id on sign-in, as for every sign-in
            request.changeSessionId();
        }
        StudentAuthentication.signIn(student.get().studentId(), request, response);
    }
}
