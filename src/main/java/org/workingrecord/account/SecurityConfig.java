package org.workingrecord.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

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
                long wait = throttle.waitSeconds(authentication.getName());
                if (wait > 0) {
                    throw new LockedException("wait " + wait + " seconds");
                }
                try {
                    Authentication done = dao.authenticate(authentication);
                    throttle.succeeded(authentication.getName());
                    return done;
                } catch (BadCredentialsException e) {
                    throttle.failed(authentication.getName());
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }
}
