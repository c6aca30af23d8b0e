package org.workingrecord.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;

/** Administrators for tests: a teacher account with the administrator's flag, as the setup page makes the first one. */
public final class Administrators {

    private Administrators() {
    }

    public static TeacherInfo seed(TeacherSeeding seeding, JdbcTemplate jdbc, String username, String displayName) {
        TeacherInfo t = seeding.seedTeacher(username, displayName, "long enough password");
        jdbc.update("update teacher set administrator = true where id = ?", t.id());
        return new TeacherInfo(t.id(), t.username(), t.displayName(), true);
    }
}
