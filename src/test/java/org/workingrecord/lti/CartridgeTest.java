package org.workingrecord.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

/**
 * The lessons as a Common Cartridge of LTI links: a link per lesson the teacher may give, launching this tool with the
 * lesson as its custom parameter (what an instructor's launch turns into the class's assignment).
 */
@SpringBootTest
@ActiveProfiles("test")
class CartridgeTest {

    @Autowired
    CartridgeController controller;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    TeacherSeeding seeding;

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static String text(Element in, String namespace, String tag) {
        NodeList list = in.getElementsByTagNameNS(namespace, tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    @Test
    void everyLessonTheTeacherMayGiveIsALinkThatLaunchesIt() throws Exception {
        String owner = seeding.seedTeacher("cc.owner" + System.nanoTime(), "Owner", "long enough password").username();
        ResponseEntity<byte[]> r = controller.cartridge(() -> owner);
        assertThat(r.getHeaders().getContentDisposition().getFilename()).isEqualTo("working-record-lessons.imscc");
        Files.write(Files.createDirectories(Path.of("target/documents")).resolve("working-record-lessons.imscc"), r.getBody());
        Map<String, byte[]> files = unzip(r.getBody());
        assertThat(files.keySet().iterator().next()).isEqualTo("imsmanifest.xml");
        Element manifest = parse(files.get("imsmanifest.xml"));
        assertThat(manifest.getNamespaceURI()).isEqualTo(Cartridge.CP);
        assertThat(text(manifest, Cartridge.CP, "schemaversion")).isEqualTo("1.3.0");
        assertThat(text(manifest, Cartridge.LOM, "description")).contains("The lessons themselves stay in Working Record");
        NodeList resources = manifest.getElementsByTagNameNS(Cartridge.CP, "resource");
        List<LoadedLesson> given = catalog.lessons();
        assertThat(resources.getLength()).isEqualTo(given.size()).isGreaterThan(1);
        for (LoadedLesson lesson : given) {
            byte[] file = files.get(Cartridge.file(lesson));
            assertThat(file).as(lesson.plan().id()).isNotNull();
            Element link = parse(file);
            assertThat(link.getLocalName()).isEqualTo("cartridge_basiclti_link");
            assertThat(text(link, Cartridge.BLTI, "title")).isEqualTo(lesson.plan().title());
            assertThat(text(link, Cartridge.BLTI, "launch_url")).endsWith("/lti/launch");
            Element property = (Element) link.getElementsByTagNameNS(Cartridge.LTICM, "property").item(0);
            assertThat(property.getAttribute("name")).isEqualTo("lesson");
            assertThat(property.getTextContent()).isEqualTo(lesson.plan().id());
        }
    }

    @Test
    void anotherTeachersPrivateLessonIsNotInItAndNobodyUnknownGetsOne() throws Exception {
        long owner = seeding.seedTeacher("cc.a" + System.nanoTime(), "A", "long enough password").id();
        String other = seeding.seedTeacher("cc.b" + System.nanoTime(), "B", "long enough password").username();
        long id = lessons.start(owner, "presidium-1956-10-26", "Private cartridge " + System.nanoTime()).id().orElseThrow();
        String key = lessons.open(owner, id).orElseThrow().lesson().plan().id();
        Map<String, byte[]> files = unzip(controller.cartridge(() -> other).getBody());
        assertThat(new String(files.get("imsmanifest.xml"))).doesNotContain(key.replaceAll("[^A-Za-z0-9._-]", "_"));
        assertThatThrownBy(() -> controller.cartridge(() -> "nobody-here")).isInstanceOf(AccessDeniedException.class);
    }
}
