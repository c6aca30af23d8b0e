package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.Problem;
import org.workingrecord.source.LineFix;
import org.workingrecord.support.TestRecords;

/** A record a teacher brings, saved as a source pack in the database: checked like a file, private until shared. */
@SpringBootTest
@ActiveProfiles("test")
class SourceAuthoringTest {

    @Autowired
    SourceAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private long anna;
    private long ben;
    private long admin;

    /** A teacher's account row (the accounts' own rules are tested with the accounts); an administrator when asked. */
    static long teacher(JdbcTemplate jdbc, String name, boolean administrator) {
        String username = name.toLowerCase() + "." + System.nanoTime();
        jdbc.update("insert into teacher (username, display_name, password_hash, administrator, created_at) values (?, ?, ?, ?, ?)",
                username, name, "x", administrator, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from teacher where username = ?", Long.class, username);
    }

    @BeforeEach
    void teachers() {
        anna = teacher(jdbc, "Anna", false);
        ben = teacher(jdbc, "Ben", false);
        admin = teacher(jdbc, "Ada", true);
    }

    static SourceForm council(String title) throws Exception {
        Proposal p = Proposal.of(TestRecords.COUNCIL);
        List<SourceForm.SpeakerForm> speakers = p.speakers().stream().map(g -> new SourceForm.SpeakerForm(g.suggestedId(),
                g.suggestedName(), g.written(), "Member of the council", "A member of the school council in 2026.")).toList();
        return new SourceForm(title, "Minutes of the School Council, 3 March 2026 (a record made up for the tests).",
                "Written for the tests; free to use.", speakers);
    }

    @Test
    void aRecordWithItsSpeakersNamedIsSavedAsAPackTheLoaderReads() throws Exception {
        SourceAuthoring.Saved saved = authoring.create(anna, TestRecords.COUNCIL, council("School council, 3 March 2026"));
        assertThat(saved.problems()).isEmpty();
        long id = saved.id().orElseThrow();
        SourceAuthoring.SourceDetail detail = authoring.open(anna, id).orElseThrow();
        assertThat(detail.summary().packId()).isEqualTo("school-council-3-march-2026");
        assertThat(detail.version()).isEqualTo(1);
        assertThat(detail.recordText()).isEqualTo(TestRecords.COUNCIL);
        // the reader shows it with the speakers the teacher named, each under every name they are written with
        assertThat(detail.reader().plan().speakers()).extracting(LessonPlan.Speaker::name)
                .containsExactly("N. S. Khrushchev", "A. Novak", "B. Smith");
        assertThat(detail.reader().plan().speakerNamed("Khrushchev")).isPresent();
        assertThat(detail.reader().plan().sources().get(0).provenance()).extracting(LessonPlan.Provenance::label)
                .containsExactly("Rights and permission");
        // the pack is the format of lesson-plans/sources: beside its text it loads from files too
        Files.createDirectories(folder.resolve("sources"));
        Files.writeString(folder.resolve("sources/school-council-3-march-2026.yaml"), detail.packYaml());
        Files.writeString(folder.resolve("sources/school-council-3-march-2026.txt"), detail.recordText());
        LessonLoader.LoadResult files = LessonLoader.loadAll(folder);
        assertThat(files.sources()).singleElement().satisfies(p -> assertThat(p.speakers()).hasSize(3));
        assertThat(files.problems()).extracting(Problem::message).containsExactly(
                "no lessons found: each lesson is a folder with a lesson.yaml");
    }

    @Test
    void aFormWithProblemsSavesNothingAndSaysWhatToFix() throws Exception {
        SourceForm form = council("Council");
        SourceForm.SpeakerForm first = form.speakers().get(0);
        SourceForm missing = new SourceForm("Council", "", "", List.of(new SourceForm.SpeakerForm(first.id(), first.name(),
                first.written(), "", ""), form.speakers().get(1), form.speakers().get(2)));
        SourceAuthoring.Saved saved = authoring.create(anna, TestRecords.COUNCIL, missing);
        assertThat(saved.id()).isEmpty();
        assertThat(saved.problems()).extracting(Problem::message).containsExactly(
                "Write the citation: where the record was published or is kept.",
                "Say under what terms you use this text (who holds the translation or edition).",
                "Speaker Khrushchev, N. S. Khrushchev: give a name, their role on that date and a short biography.");
        // a written name that is not in the record is the loader's problem, with the pack's line
        SourceForm wrongName = new SourceForm("Council", "c", "r", List.of(new SourceForm.SpeakerForm(first.id(), first.name(),
                List.of("Krushchev"), "r", "b"), form.speakers().get(1), form.speakers().get(2)));
        assertThat(authoring.create(anna, TestRecords.COUNCIL, wrongName).problems()).singleElement().asString()
                .contains("alias 'Krushchev' of speaker 'khrushchev' does not appear in the source");
        assertThat(authoring.visibleTo(anna)).noneMatch(SourceAuthoring.SourceSummary::mine);
    }

    @Test
    void idsNeverClashWithAShippedPackOrAnotherSource() throws Exception {
        long first = authoring.create(anna, TestRecords.COUNCIL, council("Presidium 1956 10 26")).id().orElseThrow();
        long second = authoring.create(ben, TestRecords.COUNCIL, council("Presidium 1956 10 26")).id().orElseThrow();
        assertThat(authoring.open(anna, first).orElseThrow().summary().packId()).isEqualTo("presidium-1956-10-26-2");
        assertThat(authoring.open(ben, second).orElseThrow().summary().packId()).isEqualTo("presidium-1956-10-26-3");
    }

    @Test
    void aSourceIsItsOwnersUntilShared() throws Exception {
        long id = authoring.create(anna, TestRecords.COUNCIL, council("Anna's council")).id().orElseThrow();
        assertThat(authoring.open(ben, id)).as("another teacher's private source, by id").isEmpty();
        assertThat(authoring.visibleTo(ben)).extracting(SourceAuthoring.SourceSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> authoring.update(ben, id, council("Ben's now"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.share(ben, id, true)).isInstanceOf(AccessDeniedException.class);

        authoring.share(anna, id, true);
        assertThat(authoring.open(ben, id)).get().satisfies(d -> {
            assertThat(d.summary().mine()).isFalse();
            assertThat(d.summary().shared()).isTrue();
        });
        assertThat(authoring.visibleTo(ben)).extracting(SourceAuthoring.SourceSummary::id).contains(id);
        // shared is for reading: only the owner edits, and only the owner or an administrator removes
        assertThatThrownBy(() -> authoring.update(ben, id, council("Ben's now"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.delete(ben, id)).isInstanceOf(AccessDeniedException.class);
        authoring.delete(admin, id);
        assertThat(authoring.open(anna, id)).isEmpty();
    }

    @Test
    void everySavedVersionIsKeptAndTheTextNeverChanges() throws Exception {
        long id = authoring.create(anna, TestRecords.COUNCIL, council("Council")).id().orElseThrow();
        SourceForm renamed = council("Council, March");
        assertThat(authoring.update(anna, id, renamed).problems()).isEmpty();
        SourceAuthoring.SourceDetail detail = authoring.open(anna, id).orElseThrow();
        assertThat(detail.version()).isEqualTo(2);
        assertThat(detail.summary().title()).isEqualTo("Council, March");
        assertThat(detail.summary().packId()).as("the id stays: lessons name it").isEqualTo("council");
        assertThat(detail.recordText()).isEqualTo(TestRecords.COUNCIL);
        assertThat(jdbc.queryForObject("select count(*) from authored_source_version where source_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void correctionsOfLinesAreSavedInThePackAndReadBackAsTheTeacherMadeThem() throws Exception {
        SourceForm form = council("Council, corrected").withStructure(List.of(new LineFix(7, LineFix.As.CONTINUES, ""),
                new LineFix(10, LineFix.As.NOTE, "")));
        SourceAuthoring.Saved saved = authoring.create(anna, TestRecords.COUNCIL, form);
        assertThat(saved.problems()).isEmpty();
        SourceAuthoring.SourceDetail d = authoring.open(anna, saved.id().orElseThrow()).orElseThrow();
        assertThat(d.packYaml()).contains("structure:\n  - line: 7\n    as: continues\n  - line: 10\n    as: note\n");
        assertThat(d.reader().sources().texts().get(0).record().turns()).extracting(t -> t.speaker())
                .containsExactly("Khrushchev", "Novak", "N. S. Khrushchev");
        assertThat(d.pack().structure()).extracting(LineFix::line).containsExactly(7, 10);
        // the form to edit it again keeps the corrections; the text as imported is untouched
        assertThat(SourceForm.of("Council, corrected", d.pack()).structure()).isEqualTo(d.pack().structure());
        assertThat(d.recordText()).isEqualTo(TestRecords.COUNCIL);
    }

    @Test
    void aCorrectionTheRecordCannotTakeIsAProblemAndNothingIsSaved() throws Exception {
        SourceForm wrongName = council("Council, wrong name").withStructure(List.of(new LineFix(5, LineFix.As.TURN, "Jones")));
        SourceAuthoring.Saved saved = authoring.create(anna, TestRecords.COUNCIL, wrongName);
        assertThat(saved.id()).isEmpty();
        assertThat(saved.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("'Jones' is none of the speakers' names as written"));
        SourceForm header = council("Council, header").withStructure(List.of(new LineFix(1, LineFix.As.NOTE, "")));
        assertThat(authoring.create(anna, TestRecords.COUNCIL, header).problems()).extracting(Problem::message)
                .anyMatch(m -> m.contains("Line 1 is not part of the discussion"));
    }
}
