package org.workingrecord.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The lessons, parsed and validated once at start-up and kept in memory. Broken lessons are left
 * out and their problems kept for the teachers' "Lesson check" page and the log. Lessons teachers
 * write in the app are looked up through {@link TeacherLessons} by their versioned key.
 */
@Service
public class LessonCatalog {

    private static final Logger log = LoggerFactory.getLogger(LessonCatalog.class);

    private final Path folder;
    private final LessonLoader.LoadResult loaded;
    private final ObjectProvider<TeacherLessons> teacherLessons;

    public LessonCatalog(@Value("${workingrecord.lessons-dir:lesson-plans}") Path folder,
                         ObjectProvider<TeacherLessons> teacherLessons) {
        this.folder = folder;
        this.teacherLessons = teacherLessons;
        this.loaded = LessonLoader.loadAll(folder);
        int n = loaded.lessons().size();
        log.info("Loaded {} {} from {}", n, n == 1 ? "lesson" : "lessons", folder.toAbsolutePath());
        loaded.problems().forEach(p -> log.warn("Lesson problem: {}", p));
    }

    /** The shipped lessons, in their teaching order. */
    public List<LoadedLesson> lessons() {
        return loaded.lessons();
    }

    /** A shipped lesson by its id, for the public catalogue's pages: never a teacher's lesson. */
    public Optional<LoadedLesson> shipped(String id) {
        return loaded.lessons().stream().filter(l -> l.plan().id().equals(id)).findFirst();
    }

    /**
     * A shipped lesson by its id, or any saved version of a teacher's lesson by its key: for what the app
     * holds already (an assignment's lesson). Where a user names the lesson, use {@link #shipped},
     * {@link #lessonFor} or {@link #assignable}, which check who may see it.
     */
    public Optional<LoadedLesson> lesson(String id) {
        if (id.indexOf(TeacherLessons.VERSION_MARK) >= 0) {
            TeacherLessons more = teacherLessons.getIfAvailable();
            return more == null ? Optional.empty() : more.lesson(id);
        }
        return shipped(id);
    }

    /** A lesson as a teacher may try it: any shipped one, any version of their own lessons, a shared published one. */
    public Optional<LoadedLesson> lessonFor(long teacherId, String id) {
        return teacherLesson(id, (t, key) -> t.previewableBy(teacherId, key));
    }

    /** A lesson as a teacher may assign it: any shipped one, a published version of their own or a shared lesson. */
    public Optional<LoadedLesson> assignable(long teacherId, String id) {
        return teacherLesson(id, (t, key) -> t.assignableBy(teacherId, key));
    }

    private Optional<LoadedLesson> teacherLesson(String id, BiPredicate<TeacherLessons, String> allowed) {
        if (id.indexOf(TeacherLessons.VERSION_MARK) < 0) {
            return lesson(id);
        }
        TeacherLessons more = teacherLessons.getIfAvailable();
        return more == null || !allowed.test(more, id) ? Optional.empty() : more.lesson(id);
    }

    /** A newer published version of the teacher's lesson an assignment has, which this teacher may assign. */
    public Optional<LoadedLesson> newerVersion(long teacherId, String key) {
        TeacherLessons more = teacherLessons.getIfAvailable();
        return key.indexOf(TeacherLessons.VERSION_MARK) < 0 || more == null ? Optional.empty() : more.newerThan(teacherId, key);
    }

    /** What a teacher may assign: the shipped lessons, then the newest published version of their own and shared lessons. */
    public List<LoadedLesson> assignableBy(long teacherId) {
        TeacherLessons more = teacherLessons.getIfAvailable();
        if (more == null) {
            return lessons();
        }
        List<LoadedLesson> all = new ArrayList<>(lessons());
        all.addAll(more.newestAssignable(teacherId));
        return all;
    }

    /** The shipped packs as loaded, to check a teacher's lesson against. */
    public LessonLoader.Packs packs() {
        return loaded.packs();
    }

    /** The source packs in lesson-plans/sources that loaded. */
    public List<SourcePack> sources() {
        return loaded.sources();
    }

    public List<Problem> problems() {
        return loaded.problems();
    }

    public Path folder() {
        return folder;
    }
}
