package org.workingrecord.authoring;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.TeacherHoldings;

/** A teacher's sources keep their account: remove or hand them on first. */
@Component
class SourceHoldings implements TeacherHoldings {

    private final AuthoredSourceRepository sources;

    SourceHoldings(AuthoredSourceRepository sources) {
        this.sources = sources;
    }

    @Override
    @Transactional(readOnly = true)
    public int heldBy(long teacherId) {
        return sources.countByOwnerId(teacherId);
    }

    @Override
    public String reasonKey() {
        return "admin.remove.has-sources";
    }
}
