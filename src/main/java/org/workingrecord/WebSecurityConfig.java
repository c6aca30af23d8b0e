package org.workingrecord;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.workingrecord.account.ui.LoginView;
import org.workingrecord.shell.Downloads;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Who may fetch what over HTTP: app-wide wiring, so it sits beside {@link Application}, above the features. Every view is denied unless it says who may open it (Vaadin's
 * annotation-based access control); the downloads are for teachers, and each controller checks the class is theirs.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers(Downloads.requestPatterns()).hasRole("TEACHER"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
