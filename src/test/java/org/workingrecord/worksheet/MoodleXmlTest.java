package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

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
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** A lesson's questions as a Moodle question bank: every question, its words and its key, and what Moodle cannot carry said once. */
@SpringBootTest
@ActiveProfiles("test")
class MoodleXmlTest {

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

    private static List<Element> questions(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("quiz");
        NodeList list = doc.getElementsByTagName("question");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String child(Element e, String tag) {
        return ((Element) e.getElementsByTagName(tag).item(0)).getTextContent().strip();
    }

    private static List<Element> children(Element e, String tag) {
        NodeList list = e.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == e) {
                out.add((Element) list.item(i));
            }
        }
        return out;
    }

    private static Element byIdNumber(List<Element> qs, String idnumber) {
        return qs.stream().filter(q -> q.getElementsByTagName("idnumber").getLength() > 0 && child(q, "idnumber").equals(idnumber))
                .findFirst().orElseThrow(() -> new AssertionError("no question " + idnumber));
    }

    @Test
    void everyQuestionOfTheLessonIsThereWithItsKey() throws Exception {
        LoadedLesson lesson = catalog.lesson("who-said-what").orElseThrow();
        byte[] xml = MoodleXml.of(lesson);
        // kept for a person to look at, as the Word documents are
        Files.write(Files.createDirectories(Path.of("target/documents")).resolve("moodle-who-said-what.xml"), xml);
        List<Element> qs = questions(xml);
        List<AssignedQuestion> all = AssignedQuestion.all(lesson);
        // a category named for the lesson, the description of what the file cannot carry, then each question
        assertThat(qs.get(0).getAttribute("type")).isEqualTo("category");
        assertThat(child(qs.get(0), "text")).isEqualTo("$course$/top/Working Record/" + lesson.plan().title());
        assertThat(qs.get(1).getAttribute("type")).isEqualTo("description");
        assertThat(child(qs.get(1), "questiontext")).contains("it is not in this file", "one matching question per topic");
        assertThat(qs).hasSize(2 + all.size());
        LessonPlan plan = lesson.plan();
        for (AssignedQuestion a : all) {
            Element q = byIdNumber(qs, "who-said-what/" + a.key());
            assertThat(child(q, "name")).isEqualTo(a.title());
            if (a.question() instanceof Question.WhoSaidIt w) {
                assertThat(q.getAttribute("type")).isEqualTo("multichoice");
                Element right = children(q, "answer").stream().filter(x -> x.getAttribute("fraction").equals("100")).findFirst().orElseThrow();
                assertThat(right.getTextContent().strip()).isEqualTo(Question.NOT_IN_RECORD.equals(w.answer())
                        ? "Nobody: it is not in this record" : plan.speaker(w.answer()).orElseThrow().name());
                assertThat(children(q, "answer")).hasSize(plan.speakers().size() + 1);
            }
            if (a.question() instanceof Question.Choice c) {
                assertThat(children(q, "answer")).extracting(x -> x.getTextContent().strip()).containsExactlyElementsOf(c.options());
            }
            // a guided-reading check quotes the words it asks about, which the app shows beside it
            if (a.activity() instanceof Activity.GuidedReading r) {
                String quote = r.steps().stream().filter(s -> a.question() == s.check()).findFirst().orElseThrow().quote();
                assertThat(child(q, "questiontext")).startsWith("<p>“" + quote.replace("&", "&amp;") + "” (");
            }
        }
    }

    @Test
    void aGridIsOneMatchingPerTopicFindTheLineTakesLineNumbersAndOpenAnswersAreEssays() throws Exception {
        LoadedLesson lesson = catalog.lesson("hard-or-soft-line").orElseThrow();
        LessonPlan plan = lesson.plan();
        List<Element> qs = questions(MoodleXml.of(lesson));
        for (AssignedQuestion a : AssignedQuestion.all(lesson)) {
            switch (a.question()) {
                case Question.PositionsGrid g -> {
                    List<Element> matching = qs.stream().filter(q -> q.getElementsByTagName("idnumber").getLength() > 0
                            && child(q, "idnumber").equals("hard-or-soft-line/" + a.key())).toList();
                    assertThat(matching).hasSize(g.topics().size()).allMatch(q -> q.getAttribute("type").equals("matching"));
                    Element first = matching.get(0);
                    String topic = g.topics().get(0);
                    for (Element sub : children(first, "subquestion")) {
                        String speakerName = ((Element) sub.getElementsByTagName("text").item(0)).getTextContent();
                        String stance = ((Element) sub.getElementsByTagName("answer").item(0)).getTextContent().strip();
                        if (speakerName.isEmpty()) {
                            continue;
                        }
                        String id = plan.speakers().stream().filter(s -> s.name().equals(speakerName)).findFirst().orElseThrow().id();
                        assertThat(stance).isEqualTo(plan.stanceLabel(plan.position(id, topic).orElseThrow().stance()));
                    }
                }
                case Question.PickEvidence p -> {
                    Element q = byIdNumber(qs, "hard-or-soft-line/" + a.key());
                    assertThat(q.getAttribute("type")).isEqualTo("shortanswer");
                    assertThat(children(q, "answer")).extracting(x -> x.getTextContent().strip())
                            .contains(lesson.sources().label(lesson.sources().places(p.answers().get(0)).get(0)));
                }
                case Question.Open o -> {
                    Element q = byIdNumber(qs, "hard-or-soft-line/" + a.key());
                    assertThat(q.getAttribute("type")).isEqualTo("essay");
                    assertThat(child(q, "graderinfo")).contains(o.rubric().get(0).descriptor().replace("&", "&amp;"));
                }
                default -> {
                }
            }
        }
    }

    @Test
    void teachersDownloadItAndAnotherTeachersPrivateLessonIsNotFound() throws Exception {
        String teacher = seeding.seedTeacher("moodle.a" + System.nanoTime(), "A", "long enough password").username();
        var sheet = controller.moodle("who-said-what", () -> teacher);
        assertThat(sheet.getHeaders().getContentType()).isEqualTo(DocumentController.XML);
        assertThat(sheet.getHeaders().getContentDisposition().getFilename()).isEqualTo("moodle-questions-who-said-what.xml");
        long owner = seeding.seedTeacher("moodle.owner" + System.nanoTime(), "Owner", "long enough password").id();
        long other = seeding.seedTeacher("moodle.other" + System.nanoTime(), "Other", "long enough password").id();
        long id = lessons.start(owner, "presidium-1956-10-26", "Moodle private " + System.nanoTime()).id().orElseThrow();
        String key = lessons.open(owner, id).orElseThrow().lesson().plan().id();
        assertThat(questions(worksheets.moodleXml(owner, key))).hasSizeGreaterThan(2);
        assertThatThrownBy(() -> worksheets.moodleXml(other, key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(key.toLowerCase(Locale.ROOT)).contains("@1");
    }
}
