package org.workingrecord.attempt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

/**
 * Moving a class to a newer published version of a teacher's lesson. The teacher is shown what changed and
 * may move the class only when every answer already given still fits (see {@link VersionChanges}); answers
 * are then marked against the new version's keys, and teachers' marks and comments stay.
 */
@Service
public class LessonVersions {

    private final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final AnswerRepository answers;

    LessonVersions(ClassroomService classroom, LessonCatalog catalog, AnswerRepository answers) {
        this.classroom = classroom;
        this.catalog = catalog;
        this.answers = answers;
    }

    /** A newer version offered to an assignment: what changed, and what (if anything) keeps the class from moving. */
    public record Offer(AssignmentInfo assignment, LoadedLesson current, LoadedLesson newer, List<VersionChanges.Change> changes,
                        List<VersionChanges.Blocker> blockers) {
        public boolean canMove() {
            return blockers.isEmpty();
        }
    }

    /** The newer published version of the assignment's lesson, if there is one its teacher may assign. */
    @Transactional(readOnly = true)
    public Optional<Offer> newer(long teacherId, long assignmentId) {
        AssignmentInfo a = classroom.assignmentOf(teacherId, assignmentId);
        Optional<LoadedLesson> current = catalog.lesson(a.lessonId());
        Optional<LoadedLesson> newer = catalog.newerVersion(teacherId, a.lessonId());
        if (current.isEmpty() || newer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Offer(a, current.get(), newer.get(), VersionChanges.between(current.get(), newer.get(), a),
                VersionChanges.blockers(current.get(), newer.get(), a, answered(assignmentId))));
    }

    /** Moves the class to the version offered, when nothing keeps it; false (and nothing changes) otherwise. */
    @Transactional
    public boolean move(long teacherId, long assignmentId, String key) {
        Optional<Offer> offer = newer(teacherId, assignmentId);
        if (offer.isEmpty() || !offer.get().newer().plan().id().equals(key) || !offer.get().canMove()) {
            return false;
        }
        classroom.changeLessonVersion(teacherId, assignmentId, key);
        return true;
    }

    /** The questions of the assignment anyone has an answer saved for (even one since cleared: it counts). */
    private Set<String> answered(long assignmentId) {
        return answers.findByAssignment(assignmentId).stream().map(StoredAnswer::questionKey).collect(Collectors.toSet());
    }
}
