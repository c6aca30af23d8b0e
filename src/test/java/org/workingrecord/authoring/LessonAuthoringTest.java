package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Problem;
import org.workingrecord.lesson.Question;
import org.workingrecord.support.TestRecords;

/**
 * Lessons teachers write in the app: versions checked as lesson folders are, drafts until published,
 * assignments that keep their version, the folder as files that lint clean, and who may see and change what.
 */
@SpringBootTest
@ActiveProfiles("test")
class LessonAuthoringTest {

    private static final String SHIPPED = "presidium-1956-10-26";

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    SourceAuthoring sources;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private long anna;
    private long ben;
    private long admin;

    @BeforeEach
    void teachers() {
        anna = SourceAuthoringTest.teacher(jdbc, "Anna", false);
        ben = SourceAuthoringTest.teacher(jdbc, "Ben", false);
        admin = SourceAuthoringTest.teacher(jdbc, "Ada", true);
    }

    private long started(long teacher, String packId, String title) {
        LessonAuthoring.Saved saved = lessons.start(teacher, packId, title);
        assertThat(saved.problems()).isEmpty();
        return saved.id().orElseThrow();
    }

    private static Question.WhoSaidIt firstWhoSaidIt(LoadedLesson lesson) {
        return lesson.plan().activities().stream().filter(a -> a instanceof Activity.QuestionSet)
                .flatMap(a -> ((Activity.QuestionSet) a).questions().stream())
                .filter(q -> q instanceof Question.WhoSaidIt).map(Question.WhoSaidIt.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aNewLessonStartsAsADraftThatLoadsAndIsAssignedOnlyOncePublished() {
        long id = started(anna, SHIPPED, "Who defends Mikoyan?");
        LessonAuthoring.LessonDetail d = lessons.open(anna, id).orElseThrow();
        assertThat(d.problems()).isEmpty();
        assertThat(d.lesson().plan().id()).isEqualTo("who-defends-mikoyan@1");
        // written as the lessons in lesson-plans/ are: lists indented under their key
        assertThat(d.lessonYaml()).contains("\nactivities:\n  - id: quiz\n", "    questions:\n      - id: who-1\n");
        // the starter's key is the speaker of the turn its quotation stands in, checked by the loader
        Question.WhoSaidIt who = firstWhoSaidIt(d.lesson());
        assertThat(d.lesson().plan().speaker(who.answer())).isPresent();
        assertThat(d.lesson().sources().find(who.quote())).isPresent();
        // a turn introduced by the speaker's name, so the quotation does not give the answer away
        assertThat(who.quote()).doesNotContain("(")
                .doesNotContain(d.lesson().plan().speaker(who.answer()).orElseThrow().aliases().get(0));

        ClassInfo c = classroom.createClass(anna, "9A");
        assertThat(catalog.assignableBy(anna)).extracting(l -> l.plan().id()).doesNotContain("who-defends-mikoyan@1");
        assertThatThrownBy(() -> classroom.assign(anna, c.id(), "who-defends-mikoyan@1", null, FeedbackMode.IMMEDIATE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(lessons.publish(anna, id)).isEmpty();
        assertThat(catalog.assignableBy(anna)).extracting(l -> l.plan().id()).contains("who-defends-mikoyan@1");
        AssignmentInfo a = classroom.assign(anna, c.id(), "who-defends-mikoyan@1", null, FeedbackMode.IMMEDIATE, List.of());
        assertThat(catalog.lesson(a.lessonId()).orElseThrow().plan().title()).isEqualTo("Who defends Mikoyan?");
    }

    @Test
    void aClassKeepsTheVersionItWasGivenWhenTheLessonChangesLater() {
        long id = started(anna, SHIPPED, "Keeping versions");
        assertThat(lessons.publish(anna, id)).isEmpty();
        ClassInfo c = classroom.createClass(anna, "10B");
        AssignmentInfo a = classroom.assign(anna, c.id(), "keeping-versions@1", null, FeedbackMode.IMMEDIATE, List.of());
        StudentRef zoe = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Zoe", new JoinClient("z" + System.nanoTime(), "x"))).student();
        LoadedLesson v1 = catalog.lesson(a.lessonId()).orElseThrow();
        Question.WhoSaidIt who = firstWhoSaidIt(v1);
        attempts.open(zoe, a.id());
        attempts.save(zoe, a.id(), "quiz/" + who.id(), Answer.WhoSaidIt.of(who.answer()), SavedAnswer.NONE);

        String yaml = lessons.open(anna, id).orElseThrow().lessonYaml().replace("Who said this?", "Which member said these words?");
        LessonAuthoring.Saved v2 = lessons.save(anna, id, yaml, "Run it in 20 minutes.");
        assertThat(v2.problems()).isEmpty();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(lessons.publish(anna, id)).isEmpty();

        // the class still reads version 1, and the student's answer is still marked against it
        AttemptService.Work work = attempts.work(zoe, a.id());
        assertThat(work.lesson().plan().id()).isEqualTo("keeping-versions@1");
        assertThat(firstWhoSaidIt(work.lesson()).prompt()).isEqualTo("Who said this?");
        // a new assignment gets version 2
        assertThat(catalog.assignableBy(anna)).extracting(l -> l.plan().id()).contains("keeping-versions@2")
                .doesNotContain("keeping-versions@1");
        assertThat(catalog.lesson("keeping-versions@2").orElseThrow().plan().teacherGuide()).isEqualTo("Run it in 20 minutes.");
        // and a lesson a class has cannot be removed, by its owner or an administrator
        assertThat(lessons.delete(anna, id)).isFalse();
        assertThat(lessons.delete(admin, id)).isFalse();
        assertThat(lessons.open(anna, id)).isPresent();
    }

    @Test
    void aVersionWithProblemsIsKeptAsADraftWithItsLinesAndCannotBePublished() {
        long id = started(anna, SHIPPED, "Broken on purpose");
        String yaml = lessons.open(anna, id).orElseThrow().lessonYaml();
        String broken = yaml.replaceFirst("quote: .*", "quote: Words nobody in the record says at all");
        LessonAuthoring.Saved saved = lessons.save(anna, id, broken, "");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.problems()).isNotEmpty();
        Problem p = saved.problems().get(0);
        assertThat(p.file()).isEqualTo("broken-on-purpose/lesson.yaml");
        int quoteLine = List.of(broken.split("\n")).indexOf(broken.lines().filter(l -> l.contains("Words nobody")).findFirst().orElseThrow()) + 1;
        assertThat(p.line()).isEqualTo(quoteLine);

        LessonAuthoring.LessonDetail d = lessons.open(anna, id).orElseThrow();
        assertThat(d.lessonYaml()).isEqualTo(broken);
        assertThat(d.lesson()).isNull();
        assertThat(d.versions()).extracting(LessonAuthoring.VersionInfo::clean).containsExactly(false, true);
        assertThat(lessons.publish(anna, id)).isNotEmpty();
        assertThat(lessons.open(anna, id).orElseThrow().summary().published()).isZero();
        // saving the same text again makes no new version
        assertThat(lessons.save(anna, id, broken, "").version()).isEqualTo(2);
    }

    @Test
    void aLessonOnATeachersOwnRecordKeepsTheSourceVersionItWasWrittenOn() throws Exception {
        long source = sources.create(anna, TestRecords.COUNCIL, SourceAuthoringTest.council("Council minutes, March")).id().orElseThrow();
        String packId = sources.open(anna, source).orElseThrow().summary().packId();
        long id = started(anna, packId, "The school trip");
        LoadedLesson v1 = lessons.open(anna, id).orElseThrow().lesson();
        assertThat(v1).isNotNull();
        String roleBefore = v1.plan().speakers().get(0).role();

        SourceForm changed = SourceAuthoringTest.council("Council minutes, March");
        changed = new SourceForm(changed.title(), changed.citation(), changed.rights(), changed.speakers().stream()
                .map(s -> new SourceForm.SpeakerForm(s.id(), s.name(), s.written(), "Chair of the council", s.bio())).toList());
        assertThat(sources.update(anna, source, changed).problems()).isEmpty();
        // the saved version still reads the source as it was; the next save reads the new version
        assertThat(catalog.lesson("the-school-trip@1").orElseThrow().plan().speakers().get(0).role()).isEqualTo(roleBefore);
        String yaml = lessons.open(anna, id).orElseThrow().lessonYaml();
        lessons.save(anna, id, yaml + "\n", "");
        assertThat(lessons.open(anna, id).orElseThrow().lesson().plan().speakers().get(0).role()).isEqualTo("Chair of the council");
        // a record a lesson reads is not removed
        assertThat(sources.delete(anna, source)).isFalse();
        assertThat(sources.open(anna, source)).isPresent();
    }

    @Test
    void anotherTeacherNeitherSeesNorChangesAPrivateLessonAndUsesOnlyPublishedSharedOnes() {
        long id = started(anna, SHIPPED, "Private at first");
        String key = "private-at-first@1";
        ClassInfo bens = classroom.createClass(ben, "11C");
        assertThat(lessons.open(ben, id)).isEmpty();
        assertThat(lessons.export(ben, id)).isEmpty();
        assertThat(lessons.visibleTo(ben)).extracting(LessonAuthoring.LessonSummary::id).doesNotContain(id);
        assertThat(catalog.lessonFor(ben, key)).isEmpty();
        assertThatThrownBy(() -> lessons.save(ben, id, "id: x", "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.publish(ben, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.share(ben, id, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.delete(ben, id)).isInstanceOf(AccessDeniedException.class);

        // shared but a draft: still nothing for Ben
        lessons.share(anna, id, true);
        assertThat(lessons.open(ben, id)).isEmpty();
        assertThat(catalog.lessonFor(ben, key)).isEmpty();
        assertThatThrownBy(() -> classroom.assign(ben, bens.id(), key, null, FeedbackMode.IMMEDIATE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        // published and shared: Ben reads it (published versions only), tries, assigns and downloads it
        assertThat(lessons.publish(anna, id)).isEmpty();
        String yaml = lessons.open(anna, id).orElseThrow().lessonYaml();
        lessons.save(anna, id, yaml.replace("Who said this?", "Who said these words?"), "");
        LessonAuthoring.LessonDetail seen = lessons.open(ben, id).orElseThrow();
        assertThat(seen.summary().mine()).isFalse();
        assertThat(seen.versions()).extracting(LessonAuthoring.VersionInfo::number).containsExactly(1);
        assertThat(seen.lessonYaml()).isEqualTo(yaml);
        assertThat(catalog.lessonFor(ben, key)).isPresent();
        assertThat(catalog.lessonFor(ben, "private-at-first@2")).isEmpty();
        assertThat(classroom.assign(ben, bens.id(), key, null, FeedbackMode.IMMEDIATE, List.of()).lessonId()).isEqualTo(key);
        assertThat(lessons.export(ben, id)).isPresent();
        assertThatThrownBy(() -> lessons.save(ben, id, yaml, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLessonFolderDropsIntoLessonPlansAndLintsCleanAndImportsBack() throws Exception {
        long source = sources.create(anna, TestRecords.COUNCIL, SourceAuthoringTest.council("Council for export")).id().orElseThrow();
        String packId = sources.open(anna, source).orElseThrow().summary().packId();
        long id = started(anna, packId, "Exported lesson");
        lessons.save(anna, id, lessons.open(anna, id).orElseThrow().lessonYaml(), "# Guide\n\nRead the minutes aloud first.\n");
        LessonAuthoring.LessonFiles files = lessons.export(anna, id).orElseThrow();
        assertThat(files.fileName()).isEqualTo("exported-lesson.zip");

        // unpacked into a copy of the shipped lesson-plans/sources, it loads with no problem at all
        Path plans = folder.resolve("lesson-plans");
        Files.createDirectories(plans.resolve("sources"));
        try (var shipped = Files.list(catalog.folder().resolve("sources"))) {
            for (Path f : shipped.toList()) {
                Files.copy(f, plans.resolve("sources").resolve(f.getFileName()));
            }
        }
        unzip(files.zip(), plans);
        assertThat(plans.resolve("exported-lesson/teacher-guide.md")).hasContent("# Guide\n\nRead the minutes aloud first.");
        LessonLoader.LoadResult linted = LessonLoader.loadAll(plans);
        assertThat(linted.problems()).isEmpty();
        assertThat(linted.lessons()).extracting(l -> l.plan().id()).containsExactly("exported-lesson");

        // Ben imports it: the record's id is Anna's private source, so he is told to rename it, and nothing is saved
        LessonAuthoring.Saved byBen = lessons.importFolder(ben, files.zip());
        assertThat(byBen.problems()).singleElement().extracting(Problem::message).asString()
                .contains("already on this server").contains(packId);
        // Anna imports it back: her record is reused, the lesson gets a free id
        LessonAuthoring.Saved back = lessons.importFolder(anna, files.zip());
        assertThat(back.problems()).isEmpty();
        LessonAuthoring.LessonDetail copy = lessons.open(anna, back.id().orElseThrow()).orElseThrow();
        assertThat(copy.summary().lessonId()).isEqualTo("exported-lesson-2");
        assertThat(copy.lesson().plan().id()).isEqualTo("exported-lesson-2@1");
        assertThat(copy.guide()).isEqualTo("# Guide\n\nRead the minutes aloud first.\n");
    }

    @Test
    void aBadUploadSaysWhatIsWrongAndSavesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from authored_lesson", Integer.class);
        assertThat(message(new byte[0])).contains("empty");
        assertThat(message("just some text, not a zip".getBytes(StandardCharsets.UTF_8))).contains("not a zip");
        assertThat(message(zip("notes/readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))).contains("no lesson");
        assertThat(message(zip("big/lesson.yaml", new byte[9_000_000]))).contains("once unpacked");
        assertThat(message(new byte[LessonFolder.MAX_ZIP_BYTES + 1])).contains("the limit is");
        assertThat(message(zip("x/lesson.yaml", "id: x\ntitle: [unclosed".getBytes(StandardCharsets.UTF_8)))).contains("lesson.yaml");
        assertThat(jdbc.queryForObject("select count(*) from authored_lesson", Integer.class)).isEqualTo(before);
    }

    private String message(byte[] upload) {
        LessonAuthoring.Saved saved = lessons.importFolder(anna, upload);
        assertThat(saved.id()).isEmpty();
        assertThat(saved.problems()).isNotEmpty();
        return saved.problems().get(0).toString();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path f = into.resolve(e.getName());
                Files.createDirectories(f.getParent());
                Files.write(f, in.readAllBytes());
            }
        }
    }

    @Test
    void aboutTheLessonIsWrittenWhereItStandsAndTheRestOfTheTextStays() {
        long id = started(anna, SHIPPED, "About to change");
        String before = lessons.open(anna, id).orElseThrow().lessonYaml();
        LessonAuthoring.Saved saved = lessons.describe(anna, id, new LessonAuthoring.About("Zhukov: a firm line?", "Ages 16-18", 30,
                "Students weigh Zhukov's words.", List.of("Quote Zhukov's words.", "", "Say what a firm line meant.")));
        assertThat(saved.problems()).isEmpty();
        LoadedLesson l = lessons.open(anna, id).orElseThrow().lesson();
        assertThat(l.plan().title()).isEqualTo("Zhukov: a firm line?");
        assertThat(l.plan().level()).isEqualTo("Ages 16-18");
        assertThat(l.plan().durationMinutes()).isEqualTo(30);
        assertThat(l.plan().objectives()).containsExactly("Quote Zhukov's words.", "Say what a firm line meant.");
        assertThat(lessons.open(anna, id).orElseThrow().summary().title()).isEqualTo("Zhukov: a firm line?");
        String after = lessons.open(anna, id).orElseThrow().lessonYaml();
        assertThat(after).startsWith(before.substring(0, before.indexOf("id:")))
                .endsWith(before.substring(before.indexOf("source:")));
        assertThat(lessons.open(anna, id).orElseThrow().about().objectives()).containsExactly("Quote Zhukov's words.", "Say what a firm line meant.");

        // a lesson without a level gets one, before its source
        lessons.save(anna, id, after.replaceFirst("level: .*\n", ""), "");
        assertThat(lessons.describe(anna, id, new LessonAuthoring.About("Zhukov: a firm line?", "Ages 15-18", 30, "S.",
                List.of("Quote him."))).problems()).isEmpty();
        assertThat(lessons.open(anna, id).orElseThrow().lesson().plan().level()).isEqualTo("Ages 15-18");
    }
}
