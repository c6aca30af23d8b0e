package org.workingrecord.classroom;

import java.util.Map;

/**
 * How far each student of a class has got, in a few words ("2 of 3 lessons handed in"), for the
 * roster. Implemented by the feature that keeps students' work, so classes need not know it.
 */
public interface StudentProgress {

    Map<Long, Progress> forClass(long teacherId, long classId);

    record Progress(int handedIn, int started, int assigned) {
    }
}
