package org.workingrecord.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.AccountService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Problem;
import org.workingrecord.lesson.SourcePack;

/**
 * Records teachers bring, kept in the database as the text they imported and the versions of its source
 * pack. A save is checked by the same loader as the files in {@code lesson-plans}; with any problem
 * nothing is saved. A source is its owner's: private until they share it with the server's other
 * teachers (who may then read it); only the owner edits and shares, the owner or an administrator removes.
 */
@Service
public class SourceAuthoring {

    private final AuthoredSourceRepository sources;
    private final SourceVersionRepository versions;
    private final LessonCatalog catalog;
    private final LessonVersionRepository lessonVersions;
    private final AccountService accounts;
    private final Clock clock;

    SourceAuthoring(AuthoredSourceRepository sources, SourceVersionRepository versions, LessonVersionRepository lessonVersions,
                    LessonCatalog catalog, AccountService accounts, Clock clock) {
        this.sources = sources;
        this.versions = versions;
        this.lessonVersions = lessonVersions;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A source as a teacher sees it in a list. */
    public record SourceSummary(long id, String title, String packId, boolean mine, boolean shared, Instant updatedAt) {
    }

    /**
     * A source opened: its text as imported, its pack's newest version (as YAML, and loaded: null only if a
     * saved version no longer loads), and the record as the reader shows it.
     */
    public record SourceDetail(SourceSummary summary, String recordText, String packYaml, int version, Instant savedAt,
                               SourcePack pack, LoadedLesson reader) {
    }

    /** The outcome of a save: the source's id, or the problems that kept it from being saved. */
    public record Saved(Optional<Long> id, List<Problem> problems) {
        public Saved {
            problems = List.copyOf(problems);
        }
    }

    /** The teacher's own sources and those others share, by title. */
    @Transactional(readOnly = true)
    public List<SourceSummary> visibleTo(long teacherId) {
        return sources.findByOwnerIdOrSharedTrueOrderByTitleAsc(teacherId).stream().map(s -> summary(s, teacherId)).toList();
    }

    /** A source its owner or (when shared) any teacher may read; empty for anyone else, as for no such source. */
    @Transactional(readOnly = true)
    public Optional<SourceDetail> open(long teacherId, long id) {
        return readable(teacherId, id).flatMap(s -> {
            Optional<SourceVersion> newest = versions.findFirstBySourceIdOrderByNumberDesc(s.id());
            return newest.map(v -> {
                LessonLoader.PackCheck check = LessonLoader.checkPack(s.packId(), v.packYaml(), s.recordText());
                LoadedLesson reader = check.pack() == null ? null : LoadedLesson.readerOf(check.pack());
                return new SourceDetail(summary(s, teacherId), s.recordText(), v.packYaml(), v.number(), v.savedAt(),
                        check.pack(), reader);
            });
        });
    }

    /**
     * The source as files for {@code lesson-plans/}: a zip holding {@code sources/<id>.yaml} (the newest
     * version) and {@code sources/<id>.txt} (the text as imported), which lint as the shipped pack does.
     * Its owner and, when it is shared, any teacher may take it.
     */
    @Transactional(readOnly = true)
    public Optional<PackFiles> export(long teacherId, long id) {
        // the stored files as they are: no need to parse the record or build its reader
        return readable(teacherId, id).flatMap(s -> versions.findFirstBySourceIdOrderByNumberDesc(s.id()).map(v -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                String base = LessonLoader.SOURCES_DIR + "/" + s.packId();
                zip.putNextEntry(new ZipEntry(base + ".yaml"));
                zip.write(v.packYaml().getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(base + ".txt"));
                zip.write(s.recordText().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new PackFiles(s.packId() + ".zip", bytes.toByteArray());
        }));
    }

    /** A source's files, zipped, with the zip's file name. */
    public record PackFiles(String fileName, byte[] zip) {
    }

    /** A new source from an imported text and the teacher's form: saved as version 1 when the pack has no problems. */
    @Transactional
    public Saved create(long teacherId, String recordText, SourceForm form) {
        String packId = freshPackId(form.title());
        String yaml = form.packYaml(packId);
        List<Problem> problems = check(packId, yaml, recordText, form);
        if (!problems.isEmpty()) {
            return new Saved(Optional.empty(), problems);
        }
        return firstVersion(teacherId, packId, form.title().strip(), recordText, yaml);
    }

    /** A new version of the owner's source (its text never changes); nothing is saved when it has problems. */
    @Transactional
    public Saved update(long teacherId, long id, SourceForm form) {
        AuthoredSource s = owned(teacherId, id);
        String yaml = form.packYaml(s.packId());
        List<Problem> problems = check(s.packId(), yaml, s.recordText(), form);
        if (!problems.isEmpty()) {
            return new Saved(Optional.empty(), problems);
        }
        int next = versions.findFirstBySourceIdOrderByNumberDesc(s.id()).map(SourceVersion::number).orElse(0) + 1;
        Instant now = clock.instant();
        versions.save(new SourceVersion(s.id(), next, yaml, now));
        s.saved(form.title().strip(), now);
        return new Saved(Optional.of(s.id()), List.of());
    }

    /** A new source with its text as it came and its pack, checked already, as version 1. */
    private Saved firstVersion(long teacherId, String packId, String title, String recordText, String yaml) {
        Instant now = clock.instant();
        AuthoredSource s = sources.save(new AuthoredSource(packId, teacherId, title, recordText, now));
        versions.save(new SourceVersion(s.id(), 1, yaml, now));
        return new Saved(Optional.of(s.id()), List.of());
    }

    /** Shares the owner's source with the other teachers on this server, or makes it private again. */
    @Transactional
    public void share(long teacherId, long id, boolean shared) {
        owned(teacherId, id).share(shared);
    }

    /**
     * Removes a source: its owner may, and an administrator; not while a teacher's lesson reads it (its saved
     * versions would no longer load): false then, and nothing is removed.
     */
    @Transactional
    public boolean delete(long teacherId, long id) {
        AuthoredSource s = sources.findById(id).orElseThrow(() -> new AccessDeniedException("no such source"));
        if (s.ownerId() != teacherId && !accounts.isAdministrator(teacherId)) {
            throw new AccessDeniedException("not your source");
        }
        if (lessonVersions.existsBySourceVersionsContaining(LessonVersion.sourceMark(s.packId()))) {
            return false;
        }
        sources.delete(s);
        return true;
    }

    /** Whether a shipped pack or a teacher's source already has this id. */
    @Transactional(readOnly = true)
    boolean packIdTaken(String packId) {
        return catalog.sources().stream().anyMatch(p -> p.id().equals(packId)) || sources.existsByPackId(packId);
    }

    static Problem packIdTakenProblem(String packId) {
        return new Problem(LessonLoader.SOURCES_DIR + "/" + packId + ".yaml", 0, "a source '" + packId
                + "' is already on this server with other words, or it is another teacher's and not shared: rename the pack"
                + " (its file, its id, and where the lesson names it) and import again");
    }

    /** A pack at one version, as a teacher's lesson reads it: its number, YAML and record. */
    record PackAt(int number, LessonLoader.PackText text) {
    }

    /** The newest version of a teacher's source by its pack id, if this teacher may read it (theirs, or shared). */
    @Transactional(readOnly = true)
    Optional<PackAt> newestReadable(long teacherId, String packId) {
        return sources.findByPackId(packId).filter(s -> s.ownerId() == teacherId || s.shared())
                .flatMap(s -> versions.findFirstBySourceIdOrderByNumberDesc(s.id())
                        .map(v -> new PackAt(v.number(), new LessonLoader.PackText(packId, v.packYaml(), s.recordText()))));
    }

    /** A teacher's source at the version a lesson version was checked against (whoever may read the lesson). */
    @Transactional(readOnly = true)
    Optional<LessonLoader.PackText> packAt(String packId, int number) {
        return sources.findByPackId(packId).flatMap(s -> versions.findBySourceIdAndNumber(s.id(), number)
                .map(v -> new LessonLoader.PackText(packId, v.packYaml(), s.recordText())));
    }

    /**
     * A source from a lesson folder a teacher imports: its pack under its own id (which the lesson names),
     * saved as version 1 when it loads and the id is free; its problems otherwise, and nothing saved.
     */
    @Transactional
    Saved importPack(long teacherId, String packId, String yaml, String recordText) {
        if (packIdTaken(packId)) {
            return new Saved(Optional.empty(), List.of(packIdTakenProblem(packId)));
        }
        LessonLoader.PackCheck check = LessonLoader.checkPack(packId, yaml, recordText);
        if (!check.problems().isEmpty()) {
            return new Saved(Optional.empty(), check.problems());
        }
        String title = check.pack().index().record().title();
        return firstVersion(teacherId, packId, title.isBlank() ? packId : title, recordText, yaml);
    }

    /** The source, if this teacher may read it: their own, or shared. */
    private Optional<AuthoredSource> readable(long teacherId, long id) {
        return sources.findById(id).filter(s -> s.ownerId() == teacherId || s.shared());
    }

    private AuthoredSource owned(long teacherId, long id) {
        return sources.findById(id).filter(s -> s.ownerId() == teacherId)
                .orElseThrow(() -> new AccessDeniedException("not your source"));
    }

    private SourceSummary summary(AuthoredSource s, long teacherId) {
        return new SourceSummary(s.id(), s.title(), s.packId(), s.ownerId() == teacherId, s.shared(), s.updatedAt());
    }

    /** The form's own rules first (in the teacher's words), then the loader's, as for a pack file. */
    private static List<Problem> check(String packId, String yaml, String recordText, SourceForm form) {
        List<Problem> problems = new ArrayList<>();
        String where = "form";
        if (form.title().isBlank()) {
            problems.add(new Problem(where, 0, "Give the source a title."));
        }
        if (form.citation().isBlank()) {
            problems.add(new Problem(where, 0, "Write the citation: where the record was published or is kept."));
        }
        if (form.rights().isBlank()) {
            problems.add(new Problem(where, 0, "Say under what terms you use this text (who holds the translation or edition)."));
        }
        Set<String> written = new HashSet<>();
        for (SourceForm.SpeakerForm s : form.speakers()) {
            String who = s.written().isEmpty() ? s.id() : String.join(", ", s.written());
            if (s.name().isBlank() || s.role().isBlank() || s.bio().isBlank()) {
                problems.add(new Problem(where, 0, "Speaker " + who + ": give a name, their role on that date and a short biography."));
            }
            for (String w : s.written()) {
                if (!written.add(w)) {
                    problems.add(new Problem(where, 0, "The name '" + w + "' is given to two speakers: keep it with one."));
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        return LessonLoader.checkPack(packId, yaml, recordText).problems();
    }

    /** An id from the title, not used by a shipped pack or another teacher's source ("cabinet-1956-10-30", "-2" ...). */
    private String freshPackId(String title) {
        String base = Proposal.slug(title);
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        Set<String> shipped = new HashSet<>();
        catalog.sources().forEach(p -> shipped.add(p.id()));
        String id = base;
        for (int n = 2; shipped.contains(id) || sources.existsByPackId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
