package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.Problem;
import org.workingrecord.support.TestRecords;

/** A brought record as files for lesson-plans/: they lint as the shipped pack does; only who may read it gets them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SourceFilesControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    SourceFilesController controller;

    @Autowired
    SourceAuthoring authoring;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    LessonAuthoring lessons;

    @TempDir
    Path folder;

    @Test
    void theOwnersZipDropsIntoLessonPlansAndNobodyElseGetsIt() throws Exception {
        TeacherInfo owner = seeding.seedTeacher("files.owner", "Owner", "long enough password");
        seeding.seedTeacher("files.other", "Other", "long enough password");
        SourceForm form = new SourceForm("Council for files", "Made up for the tests.", "Free to use.", List.of(
                new SourceForm.SpeakerForm("khrushchev", "N. S. Khrushchev", List.of("Khrushchev", "N. S. Khrushchev"), "Chair", "Chairs it."),
                new SourceForm.SpeakerForm("novak", "A. Novak", List.of("Novak"), "Member", "A member."),
                new SourceForm.SpeakerForm("smith", "B. Smith", List.of("Smith"), "Member", "A member.")));
        long id = authoring.create(owner.id(), TestRecords.COUNCIL, form).id().orElseThrow();

        ResponseEntity<byte[]> zip = controller.pack(id, () -> "files.owner");
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("council-for-files.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getBody()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Path to = folder.resolve(e.getName());
                Files.createDirectories(to.getParent());
                Files.write(to, in.readAllBytes());
            }
        }
        assertThat(names).containsExactly("sources/council-for-files.yaml", "sources/council-for-files.txt");
        assertThat(Files.readString(folder.resolve("sources/council-for-files.txt"))).isEqualTo(TestRecords.COUNCIL);
        LessonLoader.LoadResult loaded = LessonLoader.loadAll(folder);
        assertThat(loaded.sources()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("council-for-files"));
        assertThat(loaded.problems()).extracting(Problem::message).containsExactly("no lessons found: each lesson is a folder with a lesson.yaml");

        assertThatThrownBy(() -> controller.pack(id, () -> "files.other")).isInstanceOf(AccessDeniedException.class);
        assertThat(controller.notFound().getStatusCode().value()).isEqualTo(404);
        authoring.share(owner.id(), id, true);
        assertThat(controller.pack(id, () -> "files.other").getBody()).isEqualTo(zip.getBody());

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/teach/sources/" + id + "/source-pack.zip")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("Khrushchev");
    }

    @Test
    void aTeachersLessonFolderGoesToItsOwnerAndOnceSharedAndPublishedToOtherTeachersOnly() throws Exception {
        TeacherInfo owner = seeding.seedTeacher("lesson.files.owner", "Owner", "long enough password");
        seeding.seedTeacher("lesson.files.other", "Other", "long enough password");
        long id = lessons.start(owner.id(), "presidium-1956-10-26", "Folder to share").id().orElseThrow();
        ResponseEntity<byte[]> zip = controller.lesson(id, () -> "lesson.files.owner");
        assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("folder-to-share.zip");
        assertThatThrownBy(() -> controller.lesson(id, () -> "lesson.files.other")).isInstanceOf(AccessDeniedException.class);
        lessons.share(owner.id(), id, true);
        // shared, but nothing published yet: still not theirs to take
        assertThatThrownBy(() -> controller.lesson(id, () -> "lesson.files.other")).isInstanceOf(AccessDeniedException.class);
        lessons.publish(owner.id(), id);
        assertThat(controller.lesson(id, () -> "lesson.files.other").getBody()).isEqualTo(zip.getBody());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/teach/lessons/" + id + "/lesson-folder.zip")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
    }
}
