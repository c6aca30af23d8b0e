package org.workingrecord.classroom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.TeacherHoldings;

/** A teacher's classes, archived ones included, keep their account: the students' work needs its teacher. */
@Component
class ClassHoldings implements TeacherHoldings {

    private final SchoolClassRepository classes;

    ClassHoldings(SchoolClassRepository classes) {
        this.classes = classes;
    }

    @Override
    @Transactional(readOnly = true)
    public int heldBy(long teacherId) {
        return classes.countByOwnerId(teacherId);
    }

    @Override
    public String reasonKey() {
        return "admin.remove.has-classes";
    }
}
