package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.TeacherLessons;

/**
 * Teachers' lessons as the rest of the app meets them: each saved version by its key ("council-vote@3"),
 * checked against the sources at the versions it was saved with. A version never changes, so each is
 * loaded once and kept (the most recently used {@value #KEPT}); every server loads the same lesson.
 */
@Component
class PublishedLessons implements TeacherLessons {

    static final int KEPT = 64;

    private final AuthoredLessonRepository lessons;
    private final LessonVersionRepository versions;
    private final SourceAuthoring sources;
    private final LessonCatalog catalog;
    private final Map<String, LoadedLesson> loaded = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedLesson> eldest) {
            return size() > KEPT;
        }
    });

    PublishedLessons(AuthoredLessonRepository lessons, LessonVersionRepository versions, SourceAuthoring sources,
                     LessonCatalog catalog) {
        this.lessons = lessons;
        this.versions = versions;
        this.sources = sources;
        this.catalog = catalog;
    }

    static String key(String lessonId, int number) {
        return lessonId + VERSION_MARK + number;
    }

    @Override
    public Optional<LoadedLesson> lesson(String key) {
        LoadedLesson kept = loaded.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<LoadedLesson> fresh = find(key).flatMap(f -> Optional.ofNullable(load(f.lesson(), f.version()).lesson()));
        fresh.ifPresent(l -> loaded.put(key, l));
        return fresh;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean previewableBy(long teacherId, String key) {
        return find(key).map(f -> f.lesson().ownerId() == teacherId || f.lesson().shared() && f.version().published())
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignableBy(long teacherId, String key) {
        return find(key).map(f -> f.version().published() && (f.lesson().ownerId() == teacherId || f.lesson().shared()))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoadedLesson> newestAssignable(long teacherId) {
        List<LoadedLesson> out = new ArrayList<>();
        for (AuthoredLesson l : lessons.findByOwnerIdOrSharedTrueOrderByTitleAsc(teacherId)) {
            versions.findFirstByLessonRefAndPublishedAtNotNullOrderByNumberDesc(l.id())
                    .flatMap(v -> lesson(key(l.lessonId(), v.number())))
                    .ifPresent(out::add);
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoadedLesson> newerThan(long teacherId, String key) {
        return find(key).filter(f -> f.lesson().ownerId() == teacherId || f.lesson().shared())
                .flatMap(f -> versions.findFirstByLessonRefAndPublishedAtNotNullOrderByNumberDesc(f.lesson().id())
                        .filter(v -> v.number() > f.version().number())
                        .flatMap(v -> lesson(key(f.lesson().lessonId(), v.number()))));
    }

    /** Forgets a removed lesson's versions on this server. */
    void forget(String lessonId) {
        synchronized (loaded) {
            loaded.keySet().removeIf(k -> k.startsWith(lessonId + VERSION_MARK));
        }
    }

    /** A version checked against the sources it was saved with; the lesson carries its key as its id. */
    LessonLoader.LessonCheck load(AuthoredLesson lesson, LessonVersion version) {
        List<LessonLoader.PackText> packs = new ArrayList<>();
        version.sourceVersions().forEach((packId, number) -> sources.packAt(packId, number).ifPresent(packs::add));
        LessonLoader.LessonCheck check = LessonLoader.checkLesson(lesson.lessonId(), version.lessonYaml(), version.guide(),
                catalog.packs(), packs);
        if (check.lesson() == null) {
            return check;
        }
        LoadedLesson l = check.lesson();
        return new LessonLoader.LessonCheck(new LoadedLesson(l.plan().withId(key(lesson.lessonId(), version.number())),
                l.sources()), List.of());
    }

    private record Found(AuthoredLesson lesson, LessonVersion version) {
    }

    private Optional<Found> find(String key) {
        int mark = key.lastIndexOf(VERSION_MARK);
        if (mark < 0) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(key.substring(mark + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return lessons.findByLessonId(key.substring(0, mark))
                .flatMap(l -> versions.findByLessonRefAndNumber(l.id(), number).map(v -> new Found(l, v)));
    }
}
