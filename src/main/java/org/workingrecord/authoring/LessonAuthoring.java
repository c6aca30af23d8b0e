package org.workingrecord.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.AccountService;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Problem;
import org.workingrecord.lesson.SourcePack;
import org.workingrecord.lesson.TeacherLessons;
import org.workingrecord.shell.Words;
import org.workingrecord.source.RecordFormatException;

/**
 * Lessons teachers write in the app, on a shipped source or on one a teacher brought. Every save is kept
 * as a new version, checked by the same loader as the folders in {@code lesson-plans} against the sources
 * as they are then (their versions are kept with it); a version with problems stays a draft. Publishing
 * the newest version, when it has no problems, lets it be assigned; assignments keep their version.
 * Only the owner edits, shares and publishes; the owner or an administrator removes, never while assigned.
 */
@Service
public class LessonAuthoring {

    private final AuthoredLessonRepository lessons;
    private final LessonVersionRepository versions;
    private final PublishedLessons published;
    private final SourceAuthoring sources;
    private final LessonCatalog catalog;
    private final ClassroomService classroom;
    private final AccountService accounts;
    private final Clock clock;

    LessonAuthoring(AuthoredLessonRepository lessons, LessonVersionRepository versions, PublishedLessons published,
                    SourceAuthoring sources, LessonCatalog catalog, ClassroomService classroom, AccountService accounts,
                    Clock clock) {
        this.lessons = lessons;
        this.versions = versions;
        this.published = published;
        this.sources = sources;
        this.catalog = catalog;
        this.classroom = classroom;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A lesson in a teacher's list: its newest version, and the newest published one (0 when none is). */
    public record LessonSummary(long id, String lessonId, String title, boolean mine, boolean shared, int newest,
                                int published, Instant updatedAt) {
        /** The key a class would be given: the newest published version ("council-vote@3"); empty when none is. */
        public Optional<String> publishedKey() {
            return published == 0 ? Optional.empty() : Optional.of(PublishedLessons.key(lessonId, published));
        }

        public String newestKey() {
            return PublishedLessons.key(lessonId, newest);
        }
    }

    /** One saved version as the version list shows it. */
    public record VersionInfo(int number, Instant savedAt, boolean clean, Instant publishedAt) {
    }

    /**
     * A lesson opened: the newest version's text, its problems as checked now (none: it can be previewed and
     * published; the loaded lesson is then given), and every version.
     */
    public record LessonDetail(LessonSummary summary, String lessonYaml, String guide, List<Problem> problems,
                               LoadedLesson lesson, List<VersionInfo> versions) {
        public LessonDetail {
            problems = List.copyOf(problems);
            versions = List.copyOf(versions);
        }

        /** What the shown version says about itself at its top, as the "About the lesson" form shows it. */
        public About about() {
            return LessonText.about(lessonYaml);
        }

        /** Where a question can be added: the shown version's question sets, id to title, in order. */
        public Map<String, String> questionSets() {
            Map<String, String> out = new LinkedHashMap<>();
            LessonTextEdit.questionSets(lessonYaml).forEach(q -> out.put(q.id(), q.title()));
            return out;
        }
    }

    /** The outcome of a save or import: the lesson's id and version when saved, and the problems found. */
    public record Saved(Optional<Long> id, int version, List<Problem> problems) {
        public Saved {
            problems = List.copyOf(problems);
        }
    }

    /** A lesson's folder, zipped, with the zip's file name. */
    public record LessonFiles(String fileName, byte[] zip) {
    }

    /** The teacher's own lessons, and other teachers' shared lessons that have a published version, by title. */
    @Transactional(readOnly = true)
    public List<LessonSummary> visibleTo(long teacherId) {
        return lessons.findByOwnerIdOrSharedTrueOrderByTitleAsc(teacherId).stream().map(l -> summary(l, teacherId))
                .filter(s -> s.mine() || s.published() > 0).toList();
    }

    /** A new lesson on a source the teacher may read (shipped, theirs, or shared), saved as a first draft that loads. */
    @Transactional
    public Saved start(long teacherId, String packId, String title) {
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            return refused(Words.get("mylessons.problem.no-title"));
        }
        Optional<SourcePack> pack = catalog.sources().stream().filter(p -> p.id().equals(packId)).findFirst()
                .or(() -> sources.newestReadable(teacherId, packId)
                        .map(p -> LessonLoader.checkPack(packId, p.text().yaml(), p.text().recordText()).pack()));
        if (pack.isEmpty()) {
            return refused(Words.get("mylessons.problem.no-source"));
        }
        String lessonId = freshLessonId(cleanTitle);
        AuthoredLesson l = lessons.save(new AuthoredLesson(lessonId, teacherId, cleanTitle, clock.instant()));
        return saveVersion(l, LessonStarter.yaml(lessonId, cleanTitle, pack.get()), "");
    }

    /**
     * A new version of the owner's lesson, kept even with problems (as a draft: nothing a teacher wrote is
     * lost); the problems say what keeps it from being previewed and published. Saving the newest text
     * again makes no new version.
     */
    @Transactional
    public Saved save(long teacherId, long id, String lessonYaml, String guide) {
        AuthoredLesson l = owned(teacherId, id);
        Optional<LessonVersion> newest = versions.findFirstByLessonRefOrderByNumberDesc(l.id());
        if (newest.isPresent() && newest.get().lessonYaml().equals(lessonYaml) && newest.get().guide().equals(guide)) {
            return new Saved(Optional.of(l.id()), newest.get().number(), published.load(l, newest.get()).problems());
        }
        return saveVersion(l, lessonYaml, guide);
    }

    /**
     * Adds a question made from the record (see {@link QuestionBuilder}) to one of the lesson's question sets
     * (or a new one), and saves the text as a new version. The newest version must load, as the key is found
     * in the records it reads; otherwise, or when the words are not the record's, nothing is saved.
     */
    @Transactional
    public Saved addQuestion(long teacherId, long id, String activityId, QuestionBuilder.Request request) {
        Editing e = editing(teacherId, id);
        if (e.lesson() == null) {
            return refused(Words.get("builder.problem.mend-first"));
        }
        String base = switch (request.kind()) {
            case WHO_SAID_IT -> "who";
            case PICK_EVIDENCE -> "find";
            case TRUE_FALSE -> "true-false";
            case ORDER -> "order";
            case OPEN -> "open";
        };
        QuestionBuilder.Built built = QuestionBuilder.build(e.lesson(), LessonTextEdit.freshId(e.version().lessonYaml(), base), request);
        if (built.question() == null) {
            return refused(built.problem());
        }
        return saveVersion(e.owned(), LessonTextEdit.addQuestion(e.version().lessonYaml(), activityId, built.question()),
                e.version().guide());
    }

    /**
     * Adds a positions grid on one topic, built cell by cell (see {@link PositionsBuilder}): the stances the lesson
     * lacks, the topic, each speaker's position with its evidence, and the grid question in the chosen set; saved
     * as a new version. Nothing is saved when the newest version does not load or a cell is not backed by the record.
     */
    @Transactional
    public Saved addPositions(long teacherId, long id, String activityId, PositionsBuilder.Request request) {
        Editing e = editing(teacherId, id);
        if (e.lesson() == null) {
            return refused(Words.get("builder.problem.mend-first"));
        }
        String yaml = e.version().lessonYaml();
        Set<String> topicIds = new HashSet<>();
        e.lesson().plan().topics().forEach(t -> topicIds.add(t.id()));
        String topicId = Proposal.slug(request.topicTitle());
        for (int n = 2; topicIds.contains(topicId); n++) {
            topicId = Proposal.slug(request.topicTitle()) + "-" + n;
        }
        PositionsBuilder.Built built = PositionsBuilder.build(e.lesson(), topicId, LessonTextEdit.freshId(yaml, "grid"), request);
        if (built.problem() != null) {
            return refused(built.problem());
        }
        yaml = LessonTextEdit.appendTop(yaml, "stances", built.stances());
        yaml = LessonTextEdit.appendTop(yaml, "topics", List.of(built.topic()));
        yaml = LessonTextEdit.appendTop(yaml, "positions", built.positions());
        return saveVersion(e.owned(), LessonTextEdit.addQuestion(yaml, activityId, built.question()), e.version().guide());
    }

    /**
     * A version as checked: one saved without problems comes from the versions already loaded (it never
     * changes), one with problems is checked again for its list of problems.
     */
    private LessonLoader.LessonCheck checked(AuthoredLesson l, LessonVersion v) {
        if (v.clean()) {
            Optional<LoadedLesson> kept = published.lesson(PublishedLessons.key(l.lessonId(), v.number()));
            if (kept.isPresent()) {
                return new LessonLoader.LessonCheck(kept.get(), List.of());
            }
        }
        return published.load(l, v);
    }

    /** The owner's lesson, its newest version, and that version loaded (null when it has problems). */
    private record Editing(AuthoredLesson owned, LessonVersion version, LoadedLesson lesson) {
    }

    private Editing editing(long teacherId, long id) {
        AuthoredLesson l = owned(teacherId, id);
        LessonVersion newest = versions.findFirstByLessonRefOrderByNumberDesc(l.id()).orElseThrow();
        return new Editing(l, newest, checked(l, newest).lesson());
    }

    /** Nothing saved, for the reason given (in the teacher's words). */
    private static Saved refused(String why) {
        return new Saved(Optional.empty(), 0, List.of(new Problem("form", 0, why)));
    }

    /** What a lesson says about itself at its top, as the "About the lesson" form shows it. */
    public record About(String title, String level, int duration, String summary, List<String> objectives) {
        public About {
            objectives = List.copyOf(objectives);
        }
    }

    /**
     * Writes the lesson's title, level, duration, summary and objectives into its text (each where it stands)
     * and saves it as a new version, checked as any save is.
     */
    @Transactional
    public Saved describe(long teacherId, long id, About about) {
        AuthoredLesson l = owned(teacherId, id);
        LessonVersion newest = versions.findFirstByLessonRefOrderByNumberDesc(l.id()).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", about.title().strip());
        values.put("level", about.level().strip());
        values.put("duration", about.duration());
        values.put("summary", about.summary().strip());
        values.put("objectives", about.objectives().stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        String yaml;
        try {
            yaml = LessonTextEdit.setTop(newest.lessonYaml(), values);
        } catch (IllegalArgumentException e) {
            return refused(Words.get("builder.problem.mend-first"));
        }
        return save(teacherId, id, yaml, newest.guide());
    }

    /** Publishes the newest version when it has no problems; its problems otherwise, and nothing changes. */
    @Transactional
    public List<Problem> publish(long teacherId, long id) {
        AuthoredLesson l = owned(teacherId, id);
        LessonVersion v = versions.findFirstByLessonRefOrderByNumberDesc(l.id()).orElseThrow();
        List<Problem> problems = published.load(l, v).problems();
        if (problems.isEmpty() && !v.published()) {
            v.publish(clock.instant());
        }
        return problems;
    }

    /** Shares the owner's lesson (its published versions) with the server's other teachers, or makes it private. */
    @Transactional
    public void share(long teacherId, long id, boolean shared) {
        owned(teacherId, id).share(shared);
    }

    /** Removes a lesson and its versions: its owner may, and an administrator; not while a class has it (false then). */
    @Transactional
    public boolean delete(long teacherId, long id) {
        AuthoredLesson l = lessons.findById(id).orElseThrow(() -> new AccessDeniedException("no such lesson"));
        if (l.ownerId() != teacherId && !accounts.isAdministrator(teacherId)) {
            throw new AccessDeniedException("not your lesson");
        }
        if (classroom.anyAssignmentOf(l.lessonId() + TeacherLessons.VERSION_MARK)) {
            return false;
        }
        lessons.delete(l);
        published.forget(l.lessonId());
        return true;
    }

    /** The owner's lesson, or another's shared one with a published version; empty for anyone else, as for none. */
    @Transactional(readOnly = true)
    public Optional<LessonDetail> open(long teacherId, long id) {
        return readable(teacherId, id).flatMap(l -> shownVersion(l, teacherId).map(v -> {
            LessonLoader.LessonCheck check = checked(l, v);
            List<VersionInfo> all = versions.findByLessonRefOrderByNumberDesc(l.id()).stream()
                    .filter(x -> l.ownerId() == teacherId || x.published())
                    .map(x -> new VersionInfo(x.number(), x.savedAt(), x.clean(), x.publishedAt())).toList();
            return new LessonDetail(summary(l, teacherId), v.lessonYaml(), v.guide(), check.problems(), check.lesson(), all);
        }));
    }

    /**
     * The lesson as a folder for {@code lesson-plans/} (the owner's newest version; another teacher's newest
     * published one), with the teachers' sources it reads at the versions it was saved with.
     */
    @Transactional(readOnly = true)
    public Optional<LessonFiles> export(long teacherId, long id) {
        return readable(teacherId, id).flatMap(l -> shownVersion(l, teacherId).map(v -> {
            List<LessonLoader.PackText> packs = new ArrayList<>();
            v.sourceVersions().forEach((packId, n) -> sources.packAt(packId, n).ifPresent(packs::add));
            byte[] zip = new LessonFolder(l.lessonId(), v.lessonYaml(), v.guide(), packs).zip();
            return new LessonFiles(l.lessonId() + ".zip", zip);
        }));
    }

    /**
     * A lesson folder a teacher uploads (as {@link #export} writes it, or zipped from {@code lesson-plans/}):
     * its records that are not on the server yet become the teacher's sources, and the lesson theirs as a
     * first draft (under a new id if its own is taken). Everything is checked first: with any problem
     * nothing is saved.
     */
    @Transactional
    public Saved importFolder(long teacherId, byte[] zip) {
        LessonFolder folder;
        try {
            folder = LessonFolder.read(zip);
        } catch (RecordFormatException e) {
            return new Saved(Optional.empty(), 0, List.of(new Problem("zip", 0, e.getMessage())));
        }
        Set<String> shipped = new HashSet<>();
        catalog.sources().forEach(p -> shipped.add(p.id()));
        List<LessonLoader.PackText> fresh = new ArrayList<>();
        List<LessonLoader.PackText> all = new ArrayList<>();
        for (LessonLoader.PackText p : folder.packs()) {
            if (shipped.contains(p.id())) {
                continue;
            }
            Optional<SourceAuthoring.PackAt> here = sources.newestReadable(teacherId, p.id());
            if (here.isPresent() && here.get().text().recordText().equals(p.recordText())) {
                all.add(here.get().text());
            } else if (sources.packIdTaken(p.id())) {
                return new Saved(Optional.empty(), 0, List.of(SourceAuthoring.packIdTakenProblem(p.id())));
            } else {
                fresh.add(p);
                all.add(p);
            }
        }
        String lessonId = taken(folder.lessonId()) ? freshLessonId(folder.lessonId()) : folder.lessonId();
        String yaml = lessonId.equals(folder.lessonId()) ? folder.lessonYaml()
                : folder.lessonYaml().replaceFirst("(?m)^id:.*$", "id: " + lessonId);
        LessonLoader.LessonCheck check = LessonLoader.checkLesson(lessonId, yaml, folder.guide(), catalog.packs(), all);
        if (check.lesson() == null) {
            return new Saved(Optional.empty(), 0, check.problems());
        }
        for (LessonLoader.PackText p : fresh) {
            SourceAuthoring.Saved s = sources.importPack(teacherId, p.id(), p.yaml(), p.recordText());
            if (!s.problems().isEmpty()) {
                throw new IllegalStateException("a checked pack did not save: " + s.problems());
            }
        }
        AuthoredLesson l = lessons.save(new AuthoredLesson(lessonId, teacherId, check.lesson().plan().title(), clock.instant()));
        return saveVersion(l, yaml, folder.guide());
    }

    private boolean taken(String lessonId) {
        return catalog.lesson(lessonId).isPresent() || lessons.existsByLessonId(lessonId);
    }

    /** Saves the text as the lesson's next version, with the versions of the teachers' sources it names. */
    private Saved saveVersion(AuthoredLesson l, String lessonYaml, String guide) {
        Map<String, Integer> used = new LinkedHashMap<>();
        List<LessonLoader.PackText> packs = new ArrayList<>();
        for (String packId : LessonText.sourcesNamed(lessonYaml)) {
            sources.newestReadable(l.ownerId(), packId).ifPresent(p -> {
                used.put(packId, p.number());
                packs.add(p.text());
            });
        }
        LessonLoader.LessonCheck check = LessonLoader.checkLesson(l.lessonId(), lessonYaml, guide, catalog.packs(), packs);
        int next = versions.findFirstByLessonRefOrderByNumberDesc(l.id()).map(LessonVersion::number).orElse(0) + 1;
        Instant now = clock.instant();
        versions.save(new LessonVersion(l.id(), next, lessonYaml, guide, used, check.lesson() != null, now));
        l.saved(check.lesson() != null ? check.lesson().plan().title() : LessonText.title(lessonYaml).orElse(l.title()), now);
        return new Saved(Optional.of(l.id()), next, check.problems());
    }

    /** The version a teacher sees: the owner their newest, another teacher the newest published. */
    private Optional<LessonVersion> shownVersion(AuthoredLesson l, long teacherId) {
        return l.ownerId() == teacherId ? versions.findFirstByLessonRefOrderByNumberDesc(l.id())
                : versions.findFirstByLessonRefAndPublishedAtNotNullOrderByNumberDesc(l.id());
    }

    private Optional<AuthoredLesson> readable(long teacherId, long id) {
        return lessons.findById(id).filter(l -> l.ownerId() == teacherId || l.shared());
    }

    private AuthoredLesson owned(long teacherId, long id) {
        return lessons.findById(id).filter(l -> l.ownerId() == teacherId)
                .orElseThrow(() -> new AccessDeniedException("not your lesson"));
    }

    private LessonSummary summary(AuthoredLesson l, long teacherId) {
        int newest = versions.findFirstByLessonRefOrderByNumberDesc(l.id()).map(LessonVersion::number).orElse(0);
        int pub = versions.findFirstByLessonRefAndPublishedAtNotNullOrderByNumberDesc(l.id()).map(LessonVersion::number).orElse(0);
        return new LessonSummary(l.id(), l.lessonId(), l.title(), l.ownerId() == teacherId, l.shared(), newest, pub,
                l.updatedAt());
    }

    /** An id from the title, used by no shipped lesson and no teacher's lesson ("council-vote", "council-vote-2" ...). */
    private String freshLessonId(String title) {
        String base = Proposal.slug(title);
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String id = base;
        for (int n = 2; taken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
