package org.workingrecord.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.workingrecord.shell.Pages;

/**
 * Marks a browser a teacher has signed in on (OWASP's "device cookie"): the username and an HMAC
 * keyed with the teacher's password hash, so it cannot be made without knowing the hash and stops
 * working when the password changes. Only the sign-in request receives it (path {@code /login});
 * it is HttpOnly. A browser carrying it has its own count of wrong passwords.
 */
final class DeviceCookie {

    static final String NAME = "wr-teacher-device";
    private static final Duration LIFETIME = Duration.ofDays(400);

    private DeviceCookie() {
    }

    static String value(String username, String passwordHash) {
        String user = username.strip().toLowerCase(Locale.ROOT);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(user.getBytes(StandardCharsets.UTF_8)) + "." + sign(user, passwordHash);
    }

    /** Whether the request carries this teacher's device cookie. */
    static boolean presentFor(HttpServletRequest request, String username, String passwordHash) {
        if (request == null || request.getCookies() == null || passwordHash == null) {
            return false;
        }
        byte[] expected = value(username, passwordHash).getBytes(StandardCharsets.UTF_8);
        for (Cookie c : request.getCookies()) {
            if (NAME.equals(c.getName()) && c.getValue() != null
                    && MessageDigest.isEqual(expected, c.getValue().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String username, String passwordHash) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, value(username, passwordHash));
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" + Pages.LOGIN : request.getContextPath() + "/" + Pages.LOGIN);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String sign(String user, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(passwordHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("device|" + user).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
