package org.workingrecord.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Who may fetch what over HTTP. Every view is denied unless it says who may open it (Vaadin's
 * annotation-based access control); the downloads are for teachers, and each controller checks the class is theirs.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    /** The sign-in page's route (account's LoginView), named here so the app's frame need not know the accounts feature. */
    static final String LOGIN_ROUTE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers(Downloads.requestPatterns()).hasRole("TEACHER"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE)).build();
    }
}
