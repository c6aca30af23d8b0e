package org.workingrecord.account.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/** Every view is denied unless it says who may open it (Vaadin's annotation-based access control). */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**").permitAll()
                // file downloads for teachers; the controller checks that the class is theirs
                .requestMatchers("/teach/assignments/*/gradebook.xlsx", "/teach/assignments/*/gradebook.csv",
                        "/teach/classes/*/export.csv", "/teach/classes/*/gradebook.xlsx", "/teach/classes/*/gradebook.csv", "/teach/lessons/*/worksheet.docx", "/teach/lessons/*/answer-key.docx",
                        "/teach/assignments/*/class-pack.docx", "/teach/assignments/*/class-pack.zip",
                        "/teach/assignments/*/students/*/worksheet.docx").hasRole("TEACHER"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
