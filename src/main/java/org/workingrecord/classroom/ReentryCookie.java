package org.workingrecord.classroom;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's re-entry cookie: a signed token from {@link ClassroomService#reentryToken}, not the
 * student's id or code. HttpOnly, so no script on the page can read it; SameSite=Strict; Secure over HTTPS.
 */
public final class ReentryCookie {

    public static final String NAME = "wr-student";

    private ReentryCookie() {
    }

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, String token) {
        write(request, response, token, (int) ClassroomService.REENTRY_LIFETIME.toSeconds());
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", 0);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, int maxAgeSeconds) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, value);
        String context = request == null ? "" : request.getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
