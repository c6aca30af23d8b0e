package org.workingrecord.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The lessons, parsed and validated once at start-up and kept in memory. Broken lessons are left
 * out and their problems kept for the teachers' "Lesson check" page and the log.
 */
@Service
public class LessonCatalog {

    private static final Logger log = LoggerFactory.getLogger(LessonCatalog.class);

    private final Path folder;
    private final LessonLoader.LoadResult loaded;

    public LessonCatalog(@Value("${workingrecord.lessons-dir:lesson-plans}") Path folder) {
        this.folder = folder;
        this.loaded = LessonLoader.loadAll(folder);
        int n = loaded.lessons().size();
        log.info("Loaded {} {} from {}", n, n == 1 ? "lesson" : "lessons", folder.toAbsolutePath());
        loaded.problems().forEach(p -> log.warn("Lesson problem: {}", p));
    }

    public List<LoadedLesson> lessons() {
        return loaded.lessons();
    }

    public Optional<LoadedLesson> lesson(String id) {
        return loaded.lessons().stream().filter(l -> l.plan().id().equals(id)).findFirst();
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
