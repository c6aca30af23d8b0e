package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.Question;

/**
 * A lesson as a QTI 2.1 content package: the manifest lists every file, the record is the first item, and every
 * question is an item with its key. Where the IMS schemas are at hand (a folder with {@code qtiv2p1/imsqti_v2p1.xsd}
 * and {@code imscp_v1p1.xsd} and what they import, named by {@code WR_QTI_SCHEMAS}), every file is validated
 * against them too.
 */
@SpringBootTest
@ActiveProfiles("test")
class QtiPackageTest {

    @Autowired
    LessonCatalog catalog;

    @Autowired
    WorksheetService worksheets;

    @Autowired
    DocumentController controller;

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    TeacherSeeding seeding;

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> all(Element in, String tag) {
        NodeList list = in.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    /** The item files by their identifier. */
    private static Map<String, Element> items(Map<String, byte[]> files) throws Exception {
        Map<String, Element> items = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith("items/")) {
                Element root = parse(f.getValue()).getDocumentElement();
                assertThat(root.getNamespaceURI()).isEqualTo(QtiPackage.QTI);
                assertThat(root.getLocalName()).isEqualTo("assessmentItem");
                items.put(root.getAttribute("identifier"), root);
            }
        }
        return items;
    }

    /** The words of the choice the key names, in a choice or order item, in the key's order. */
    private static List<String> keyed(Element item) {
        Map<String, String> choices = new LinkedHashMap<>();
        all(item, "simpleChoice").forEach(c -> choices.put(c.getAttribute("identifier"), text(c)));
        return all(item, "correctResponse").getFirst().getElementsByTagNameNS("*", "value").getLength() == 0 ? List.of()
                : all(all(item, "correctResponse").getFirst(), "value").stream().map(v -> choices.get(text(v))).toList();
    }

    @Test
    void theManifestListsTheRecordAndEveryQuestionWithItsKey() throws Exception {
        LoadedLesson lesson = catalog.lesson("who-said-what").orElseThrow();
        byte[] zip = QtiPackage.of(lesson);
        Files.write(Files.createDirectories(Path.of("target/documents")).resolve("qti-who-said-what.zip"), zip);
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet().iterator().next()).isEqualTo("imsmanifest.xml");
        Element manifest = parse(files.get("imsmanifest.xml")).getDocumentElement();
        assertThat(manifest.getNamespaceURI()).isEqualTo(QtiPackage.CP);
        List<Element> resources = all(manifest, "resource");
        assertThat(resources.getFirst().getAttribute("type")).isEqualTo("imsqti_test_xmlv2p1");
        for (Element r : resources) {
            assertThat(files).as("every file the manifest names is in the zip").containsKey(r.getAttribute("href"));
        }
        List<AssignedQuestion> questions = AssignedQuestion.all(lesson);
        Map<String, Element> items = items(files);
        assertThat(items).hasSize(1 + questions.size());
        assertThat(resources).hasSize(1 + items.size());

        // the record first: every line with its number, the speakers named, the citation
        Element record = items.values().iterator().next();
        assertThat(record.getAttribute("title")).isEqualTo("The record: " + lesson.plan().title());
        List<Element> rows = all(record, "tr");
        int lines = lesson.sources().texts().getFirst().record().segments().size();
        assertThat(rows).hasSize(1 + lines);
        assertThat(text(all(rows.get(1), "td").getFirst())).isEqualTo("1");
        assertThat(text(record)).contains(lesson.plan().sources().getFirst().citation());

        LessonPlan plan = lesson.plan();
        for (AssignedQuestion a : questions) {
            Element item = items.get(("wr-who-said-what-" + a.key()).replaceAll("[^A-Za-z0-9._-]", "_"));
            assertThat(item).as(a.key()).isNotNull();
            assertThat(item.getAttribute("title")).isEqualTo(a.title());
            assertThat(text(all(item, "modalFeedback").isEmpty() ? item : all(item, "modalFeedback").getFirst()))
                    .contains(a.question() instanceof Question.Open ? "" : a.question().explanation().strip());
            switch (a.question()) {
                case Question.WhoSaidIt w -> assertThat(keyed(item)).containsExactly(Question.NOT_IN_RECORD.equals(w.answer())
                        ? "Nobody: it is not in this record" : plan.speaker(w.answer()).orElseThrow().name());
                case Question.Choice c -> assertThat(keyed(item)).containsExactly(c.options().get(c.answer()));
                case Question.TrueFalse t -> assertThat(keyed(item)).containsExactly(t.answer() ? "True" : "False");
                case Question.Order o -> assertThat(keyed(item)).containsExactlyElementsOf(
                        o.items().stream().map(Question.OrderItem::text).toList());
                default -> {
                }
            }
        }
        validate(files);
    }

    @Test
    void aGridIsOneMatchingItemPerTopicFindTheLineTakesLineNumbersAndOpenAnswersGoToScorers() throws Exception {
        LoadedLesson lesson = catalog.lesson("hard-or-soft-line").orElseThrow();
        LessonPlan plan = lesson.plan();
        Map<String, byte[]> files = unzip(QtiPackage.of(lesson));
        Map<String, Element> items = items(files);
        for (AssignedQuestion a : AssignedQuestion.all(lesson)) {
            String id = ("wr-hard-or-soft-line-" + a.key()).replaceAll("[^A-Za-z0-9._-]", "_");
            switch (a.question()) {
                case Question.PositionsGrid g -> {
                    for (String topic : g.topics()) {
                        Element item = items.get(id + "_" + topic.replaceAll("[^A-Za-z0-9._-]", "_"));
                        assertThat(item).as(topic).isNotNull();
                        Map<String, String> names = new LinkedHashMap<>();
                        all(item, "simpleAssociableChoice").forEach(c -> names.put(c.getAttribute("identifier"), text(c)));
                        List<String> pairs = all(all(item, "correctResponse").getFirst(), "value").stream().map(QtiPackageTest::text).toList();
                        assertThat(pairs).isNotEmpty();
                        for (String pair : pairs) {
                            String[] ends = pair.split(" ");
                            String speaker = plan.speakers().stream().filter(s -> s.name().equals(names.get(ends[0]))).findFirst().orElseThrow().id();
                            assertThat(names.get(ends[1])).isEqualTo(plan.stanceLabel(plan.position(speaker, topic).orElseThrow().stance()));
                        }
                    }
                }
                case Question.PickEvidence p -> {
                    Element item = items.get(id);
                    assertThat(all(item, "mapEntry")).extracting(e -> e.getAttribute("mapKey"))
                            .contains(lesson.sources().label(lesson.sources().places(p.answers().getFirst()).getFirst()));
                    assertThat(all(item, "textEntryInteraction")).hasSize(1);
                }
                case Question.Open o -> {
                    Element item = items.get(id);
                    Element scorer = all(item, "rubricBlock").getFirst();
                    assertThat(scorer.getAttribute("view")).isEqualTo("scorer");
                    assertThat(text(scorer)).contains(o.modelAnswer().strip(), o.rubric().getFirst().descriptor());
                    assertThat(all(item, "responseProcessing")).as("marked by hand").isEmpty();
                }
                default -> {
                }
            }
        }
        Element test = parse(files.get("test.xml")).getDocumentElement();
        assertThat(text(all(test, "rubricBlock").getFirst())).contains("one matching item per topic", "marked by hand");
        validate(files);
    }

    @Test
    void teachersDownloadItAndAnotherTeachersPrivateLessonIsNotFound() throws Exception {
        String teacher = seeding.seedTeacher("qti.a" + System.nanoTime(), "A", "long enough password").username();
        var zip = controller.qti("who-said-what", () -> teacher);
        assertThat(zip.getHeaders().getContentType()).isEqualTo(DocumentController.ZIP);
        assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("qti-who-said-what.zip");
        long owner = seeding.seedTeacher("qti.owner" + System.nanoTime(), "Owner", "long enough password").id();
        long other = seeding.seedTeacher("qti.other" + System.nanoTime(), "Other", "long enough password").id();
        long id = lessons.start(owner, "presidium-1956-10-26", "QTI private " + System.nanoTime()).id().orElseThrow();
        String key = lessons.open(owner, id).orElseThrow().lesson().plan().id();
        Map<String, byte[]> files = unzip(worksheets.qtiPackage(owner, key));
        assertThat(items(files)).hasSizeGreaterThan(1);
        validate(files);
        assertThatThrownBy(() -> worksheets.qtiPackage(other, key)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Against the published schemas, where they are at hand. */
    private static void validate(Map<String, byte[]> files) throws Exception {
        String folder = System.getenv("WR_QTI_SCHEMAS");
        if (folder == null || folder.isBlank()) {
            return;
        }
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var qti = schemas.newSchema(Path.of(folder, "qtiv2p1", "imsqti_v2p1.xsd").toFile()).newValidator();
        var cp = schemas.newSchema(Path.of(folder, "imscp_v1p1.xsd").toFile()).newValidator();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            var validator = f.getKey().equals("imsmanifest.xml") ? cp : qti;
            validator.validate(new StreamSource(new ByteArrayInputStream(f.getValue()), f.getKey()));
        }
    }
}
