package org.workingrecord.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How teachers prove who they are: bcrypt password hashes and a throttle on wrong passwords.
 * Students never sign in with a password: they use class and resume codes.
 */
@Configuration
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(11);
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String username = authentication.getName();
                HttpServletRequest request = null;
                HttpServletResponse response = null;
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
                    request = web.getRequest();
                    response = web.getResponse();
                }
                String hash = passwordHash(accounts, username);
                LoginThrottle.Tries tries = new LoginThrottle.Tries(username, request == null ? null : request.getRemoteAddr(),
                        DeviceCookie.presentFor(request, username, hash));
                long wait = throttle.waitSeconds(tries);
                if (wait > 0) {
                    throw new TooManyTriesException(wait);
                }
                try {
                    Authentication done = dao.authenticate(authentication);
                    throttle.succeeded(tries);
                    if (hash != null) {
                        // this browser is now one the teacher signs in on: others' wrong passwords never hold it up
                        DeviceCookie.set(request, response, username, hash);
                    }
                    return done;
                } catch (BadCredentialsException e) {
                    throttle.failed(tries);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }

    private static String passwordHash(AccountService accounts, String username) {
        try {
            return username == null || username.isBlank() ? null : accounts.loadUserByUsername(username).getPassword();
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }
}
