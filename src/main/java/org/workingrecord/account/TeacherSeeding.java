package org.workingrecord.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teacher accounts made by the app itself rather than by an administrator: the demo teacher of demo mode
 * today (an explicit opt-in; its random password is printed once), an LMS launch's teacher later.
 * Kept out of {@link AccountService}, whose every way to add an account needs an administrator;
 * the architecture test allows only the demo feature to call it.
 */
@Service
public class TeacherSeeding {

    private final AccountService accounts;

    TeacherSeeding(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A teacher (not an administrator), with the same checks as any other account. */
    @Transactional
    public TeacherInfo seedTeacher(String username, String displayName, String password) {
        return accounts.create(username, displayName, password, false);
    }
}
