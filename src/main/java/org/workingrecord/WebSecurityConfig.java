package org.workingrecord;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.workingrecord.account.ui.LoginView;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentReentryFilter;
import org.workingrecord.classroom.ui.StudentEntrance;
import org.workingrecord.lti.LtiPlatforms;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.LtiEndpoints;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Who may fetch what over HTTP: app-wide wiring, so it sits beside {@link Application}, above the features. Every view is denied unless it says who may open it (Vaadin's
 * annotation-based access control): teachers sign in with a password, students are signed in by joining
 * (role STUDENT). The downloads are for teachers, and each controller checks the class is theirs.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    private static final String POLICY = "Content-Security-Policy";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The policy with the registered learning platforms allowed to show the app in their pages (LTI launches in a frame). */
    static String contentSecurityPolicy(List<String> platformOrigins) {
        return platformOrigins.isEmpty() ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY + " " + String.join(" ", platformOrigins);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClassroomService classroom, LtiPlatforms platforms) throws Exception {
        // a student whose session was lost (a restart) is signed in again from the browser's re-entry cookie
        http.addFilterBefore(new StudentReentryFilter(classroom), AnonymousAuthenticationFilter.class);
        // a signed-out visitor of a student page is sent to join their class, not to the teachers' sign-in
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher studentPages = new OrRequestMatcher(StudentEntrance.PAGES.stream().map(p -> (RequestMatcher) paths.matcher(p)).toList());
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(StudentEntrance.JOIN), studentPages));
        // Vaadin's client needs inline scripts and styles and evaluates the scripts the server sends
        // (executeJs), so those stay allowed; everything comes from this server, only this server and the
        // registered learning platforms may frame the app, no plug-ins, forms post only here. Spring Security's defaults add nosniff,
        // no-store on pages and, over HTTPS, HSTS.
        http.headers(headers -> {
            // written before the page, not when the response commits: Vaadin writes its pages past the wrapper that waits for that
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // frame-ancestors says who may frame the app (this server and the registered learning platforms), so the
            // older X-Frame-Options, which can name no other site, is not sent
            headers.frameOptions(frames -> frames.disable())
                    .addHeaderWriter((request, response) -> response.setHeader(POLICY,
                            contentSecurityPolicy(platforms.frameOrigins())))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        });
        // a learning platform's browser comes to the LTI addresses without a session, and posts the launch from its own site
        http.csrf(csrf -> csrf.ignoringRequestMatchers(LtiEndpoints.LOGIN, LtiEndpoints.LAUNCH));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers(LtiEndpoints.all().toArray(String[]::new)).permitAll()
                .requestMatchers(Downloads.requestPatterns()).hasRole("TEACHER"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
