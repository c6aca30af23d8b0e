package org.workingrecord.lti;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.workingrecord.account.AccountService;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.ReentryCookie;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.shell.Html;
import org.workingrecord.shell.LtiEndpoints;
import org.workingrecord.shell.Pages;
import org.workingrecord.shell.Words;

/**
 * The tool's side of an LTI 1.3 launch. The platform sends the browser to {@link LtiEndpoints#LOGIN}; the tool answers
 * with a redirect to the platform's login endpoint carrying a fresh state and nonce; the platform posts the signed
 * launch back to {@link LtiEndpoints#LAUNCH}, which is checked, mapped to a class, an assignment and a teacher or a
 * student, and signed in. Anything wrong ends on a page that says what and what to do, never in a stack trace.
 */
@RestController
class LtiController {

    private static final Logger log = LoggerFactory.getLogger(LtiController.class);
    private static final String POLICY = "Content-Security-Policy";
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final LtiPlatforms platforms;
    private final LtiLogins logins;
    private final LaunchCheck check;
    private final LtiLaunches launches;
    private final AccountService accounts;
    private final ClassroomService classroom;
    private final ToolKey key;
    private final LtiTickets tickets;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    LtiController(LtiPlatforms platforms, LtiLogins logins, LaunchCheck check, LtiLaunches launches, AccountService accounts,
                  ClassroomService classroom, ToolKey key, LtiTickets tickets) {
        this.tickets = tickets;
        this.platforms = platforms;
        this.logins = logins;
        this.check = check;
        this.launches = launches;
        this.accounts = accounts;
        this.classroom = classroom;
        this.key = key;
    }

    /** Third-party initiated login: which platform, then off to its login endpoint with a state and a nonce. */
    @RequestMapping(value = LtiEndpoints.LOGIN, method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> login(@RequestParam Map<String, String> params) {
        String issuer = params.get("iss");
        String loginHint = params.get("login_hint");
        if (issuer == null || loginHint == null || params.get("target_link_uri") == null) {
            throw new LaunchRefused("lti.refused.login");
        }
        LtiPlatform platform = platforms.find(issuer, params.get("client_id")).orElseThrow(() -> new LaunchRefused("lti.refused.platform"));
        String deployment = params.get("lti_deployment_id");
        if (deployment != null && !platform.deploymentIds().contains(deployment)) {
            throw new LaunchRefused("lti.refused.deployment");
        }
        LtiLogins.Started started = logins.start(platform.id());
        UriComponentsBuilder to = UriComponentsBuilder.fromUriString(platform.authLoginUrl())
                .queryParam("scope", "openid").queryParam("response_type", "id_token").queryParam("response_mode", "form_post")
                .queryParam("prompt", "none").queryParam("client_id", platform.clientId())
                .queryParam("redirect_uri", ServletUriComponentsBuilder.fromCurrentContextPath().path(LtiEndpoints.LAUNCH).toUriString())
                .queryParam("login_hint", loginHint).queryParam("state", started.state()).queryParam("nonce", started.nonce());
        if (params.get("lti_message_hint") != null) {
            to.queryParam("lti_message_hint", params.get("lti_message_hint"));
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(to.encode().build().toUriString())).build();
    }

    /** The signed launch: checked, mapped, signed in, and sent on to the assignment (or the class, for a new link). */
    @PostMapping(LtiEndpoints.LAUNCH)
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                  @RequestParam(required = false) String state, HttpServletRequest request, HttpServletResponse response) {
        LtiLogins.Pending pending = logins.take(state);
        LtiPlatform platform = platforms.byId(pending.platformId()).orElseThrow(() -> new LaunchRefused("lti.refused.platform"));
        Launch launch = check.check(platform, pending.nonce(), idToken);
        LtiLaunches.Entered entered = launches.enter(launch);
        LtiTickets.Ticket who = switch (entered) {
            case LtiLaunches.TeacherEntered t -> new LtiTickets.Ticket(t.username(), null, t.page(), null);
            case LtiLaunches.ChoosingLesson c -> new LtiTickets.Ticket(c.username(), null, Pages.PLATFORM_ACTIVITY, c.request());
            case LtiLaunches.StudentEntered st -> new LtiTickets.Ticket(null, st.student().studentId(), st.page(), null);
        };
        signIn(who, request, response);
        String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + who.page()).toUriString();
        if ("iframe".equals(request.getHeader("Sec-Fetch-Dest"))) {
            return framed(who, page, request, response);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
    }

    /** Signs the launch's user in, in a new session id (an id seen before cannot act as them). */
    private void signIn(LtiTickets.Ticket who, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        if (who.username() != null) {
            signInTeacher(who.username(), request, response);
        } else {
            StudentAuthentication.signIn(who.studentId(), request, response);
            classroom.current(who.studentId()).ifPresent(s -> ReentryCookie.set(request, response, classroom.reentryToken(s)));
        }
        if (who.deepLink() != null) {
            request.getSession().setAttribute(LtiDeepLinks.SESSION_REQUEST, who.deepLink());
        }
    }

    /**
     * A launch inside the platform's frame. The session cookie is sent again for use inside another site's frame
     * (SameSite=None, Secure, and Partitioned, so browsers that block third-party cookies keep it for this platform
     * only). The page then checks that the browser kept it and goes on; where it did not, it offers to continue in a
     * new window, with a ticket that signs the same user in there once.
     */
    private ResponseEntity<String> framed(LtiTickets.Ticket who, String page, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", "JSESSIONID=" + request.getSession().getId() + "; Path=" + cookiePath(request)
                + "; Secure; HttpOnly; SameSite=None; Partitioned");
        String check = ServletUriComponentsBuilder.fromCurrentContextPath().path(LtiEndpoints.CHECK).toUriString();
        String next = ServletUriComponentsBuilder.fromCurrentContextPath().path(LtiEndpoints.CONTINUE)
                .queryParam("ticket", tickets.issue(who)).toUriString();
        String body = "<p id=\"wait\">" + Html.esc(Words.get("lti.framed.wait")) + "</p>"
                + "<p id=\"blocked\" hidden>" + Html.esc(Words.get("lti.framed.blocked")) + "</p>"
                + "<p><a id=\"window\" href=\"" + Html.esc(next) + "\" target=\"_blank\" rel=\"noopener\">"
                + Html.esc(Words.get("lti.framed.open")) + "</a></p>";
        String script = "<script>fetch(" + js(check) + ", {credentials: 'same-origin'}).then(r => r.json()).then(j => {"
                + " if (j.signedIn) { location.replace(" + js(page) + "); } else { show(); } }).catch(show);"
                + " function show() { document.getElementById('wait').hidden = true; document.getElementById('blocked').hidden = false;"
                + " document.getElementById('window').focus(); }</script>";
        return ResponseEntity.ok().contentType(HTML).body(page(Words.get("lti.framed.title"), "", body, script));
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
    }

    /** A URL this server made, as a JavaScript string. */
    private static String js(String url) {
        return "'" + url.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\x3c") + "'";
    }

    /** Whether this browser kept the session: asked by the framed launch's page, from inside the frame. */
    @GetMapping(value = LtiEndpoints.CHECK, produces = MediaType.APPLICATION_JSON_VALUE)
    String check() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_TEACHER") || a.getAuthority().equals("ROLE_" + StudentAuthentication.ROLE));
        return "{\"signedIn\":" + signedIn + "}";
    }

    /** A framed launch continued in a new window: the ticket signs the same user in here, once. */
    @GetMapping(LtiEndpoints.CONTINUE)
    ResponseEntity<String> continueInWindow(@RequestParam(required = false) String ticket, HttpServletRequest request,
                                            HttpServletResponse response) {
        LtiTickets.Ticket who = tickets.take(ticket);
        signIn(who, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + who.page()).toUriString())).build();
    }

    private void signInTeacher(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    /**
     * The teacher's chosen lesson, posted back to the platform by the browser: a page whose form sends the signed answer
     * to the platform's return URL by itself (with a button where scripts do not run). Its policy lets that one form
     * leave for the platform.
     */
    @GetMapping(value = LtiEndpoints.DEEP_LINK_RETURN, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> deepLinkReturn(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(LtiDeepLinks.SESSION_ANSWER) instanceof LtiDeepLinks.Answer answer)) {
            throw new LaunchRefused("lti.refused.deep-link-gone");
        }
        session.removeAttribute(LtiDeepLinks.SESSION_ANSWER);
        session.removeAttribute(LtiDeepLinks.SESSION_REQUEST);
        URI to = URI.create(answer.returnUrl());
        String origin = to.getScheme() + "://" + to.getRawAuthority();
        String body = "<form method=\"post\" action=\"" + Html.esc(answer.returnUrl()) + "\"><input type=\"hidden\" name=\"JWT\" value=\""
                + Html.esc(answer.jwt()) + "\"><button type=\"submit\">" + Html.esc(Words.get("lti.deep-link.continue")) + "</button></form>";
        // set, not added: the app's policy (forms post only here) was written already, and two policies would both apply
        response.setHeader(POLICY, "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                + " form-action " + origin + "; frame-ancestors 'self' " + String.join(" ", platforms.frameOrigins()) + "; base-uri 'none'");
        return ResponseEntity.ok().contentType(HTML).body(page(Words.get("lti.deep-link.sending"), " onload=\"document.forms[0].submit()\"",
                body, ""));
    }

    @GetMapping(value = LtiEndpoints.JWKS, produces = MediaType.APPLICATION_JSON_VALUE)
    String jwks() {
        return key.publicKeySet();
    }

    /**
     * The tool's few plain pages (a refused launch, the framed launch's check, the deep-linking answer on its way): the
     * app's language, a readable width and type, the main landmark the skip link points at, the title as its heading.
     */
    private static String page(String title, String bodyAttributes, String main, String script) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.esc(title + " – " + Words.get("app.name")) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1f24;margin:0}"
                + "main{max-width:40rem;margin:2rem auto;padding:0 1.25rem}h1{font-size:1.6rem}a{color:#0b57d0}</style></head>"
                + "<body" + bodyAttributes + "><main id=\"main-content\"><h1>" + Html.esc(title) + "</h1>" + main + "</main>" + script
                + "</body></html>";
    }

    /** A plain page in the bundle's words: what went wrong, and what to do about it. */
    @ExceptionHandler(LaunchRefused.class)
    ResponseEntity<String> refused(LaunchRefused e) {
        // what was wrong, never the token or who it named
        log.info("LTI launch refused: {}{}", e.reasonKey(), e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
        String body = page(Words.get("lti.refused.title"), "", "<p>" + Html.esc(Words.get(e.reasonKey())) + "</p><p>"
                + Html.esc(Words.get("lti.refused.next")) + "</p>", "");
        HttpStatus status = e.reasonKey().equals("lti.refused.not-ready") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(HTML).body(body);
    }
}
