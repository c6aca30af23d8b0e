package org.workingrecord.account.ui;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.modulith.NamedInterface;

/** The teacher signed in to this browser session, as the views need it. */
@NamedInterface("ui")
@Component
public class CurrentTeacher {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentTeacher(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<TeacherInfo> get() {
        return authentication.getAuthenticatedUser(UserDetails.class).flatMap(u -> accounts.byUsername(u.getUsername()));
    }

    public TeacherInfo require() {
        return get().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    public void logout() {
        authentication.logout();
    }
}
