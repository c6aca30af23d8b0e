package org.workingrecord.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.w3c.dom.Element;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Words;
import org.workingrecord.shell.Xml;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;

/**
 * A lesson as an IMS QTI 2.1 content package (a zip with {@code imsmanifest.xml}, an assessment test and one item
 * per question), for platforms that import QTI. Unlike Moodle XML, QTI carries the record: the first item shows it,
 * line by line with its numbers and speakers, and every other item refers to it. What QTI's interactions cannot
 * carry as they are is said in the test's note for authors and in the README: a positions grid is one matching
 * item per topic; open answers are extended-text items without automatic scoring, with the model answer and the
 * rubric for scorers only.
 */
final class QtiPackage {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final LoadedLesson lesson;
    private final LessonPlan plan;
    /** file name → bytes, in the order they go into the zip */
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> items = new ArrayList<>();

    private QtiPackage(LoadedLesson lesson) {
        this.lesson = lesson;
        this.plan = lesson.plan();
    }

    /** The lesson's record and questions (all its activities), as the bytes of a QTI 2.1 content package. */
    static byte[] of(LoadedLesson lesson) {
        QtiPackage p = new QtiPackage(lesson);
        p.record();
        for (AssignedQuestion q : AssignedQuestion.all(lesson)) {
            p.question(q);
        }
        p.test();
        p.manifest();
        return p.zip();
    }

    // ---- the record, as an item with no question

    private void record() {
        Xml x = item("record", Words.get("export.qti.record.title", plan.title()));
        Element body = x.add(x.root(), "itemBody");
        x.add(body, "p", Words.get("export.qti.record.how"));
        LessonSources sources = lesson.sources();
        for (LessonSources.Text text : sources.texts()) {
            if (sources.several()) {
                x.add(body, "h2", Words.get("reader.record-heading", text.letter(), text.record().title()));
            }
            Map<Integer, String> speakerAt = new HashMap<>();
            for (Item item : text.record().items()) {
                for (Entry e : item.entries()) {
                    if (e instanceof Entry.Turn t) {
                        speakerAt.put(t.segments().get(0).number(), t.speaker());
                    }
                }
            }
            Element table = x.add(body, "table");
            Element head = x.add(x.add(table, "thead"), "tr");
            x.add(head, "th", Words.get("doc.line"));
            x.add(head, "th", Words.get("doc.text"));
            Element rows = x.add(table, "tbody");
            for (Segment s : text.record().segments()) {
                Element tr = x.add(rows, "tr");
                x.add(tr, "td", text.letter() + s.number());
                Element cell = x.add(tr, "td");
                String speaker = speakerAt.get(s.number());
                if (speaker != null) {
                    x.add(cell, "strong", speaker + ": ");
                }
                // underlined in the record: QTI's XHTML has no underline, so a span says so for a stylesheet
                WorksheetWriter.underlined(s.raw(), (piece, under) -> {
                    if (under) {
                        x.add(cell, "span", piece).setAttribute("class", "underlined");
                    } else {
                        cell.appendChild(x.doc().createTextNode(piece));
                    }
                });
            }
            x.add(body, "p", text.ref().citation());
        }
        finish(x, "record");
    }

    // ---- the questions

    private void question(AssignedQuestion q) {
        String context = ExportedQuestions.context(plan, q);
        switch (q.question()) {
            case Question.Choice c -> choice(q, context + c.prompt(), c.options(), c.answer(), !c.keepOrder());
            case Question.WhoSaidIt w -> {
                ExportedQuestions.Choices choices = ExportedQuestions.whoSaidIt(plan, w);
                choice(q, w.prompt() + " “" + w.quote() + "”", choices.options(), choices.right(), false);
            }
            case Question.TrueFalse t -> choice(q, t.prompt(), List.of(Words.get("export.qti.true"), Words.get("export.qti.false")),
                    t.answer() ? 0 : 1, false);
            case Question.PickEvidence p -> line(q, p);
            case Question.Matching m -> matching(q, q.key(), q.title(), m.prompt(), m.pairs().stream()
                    .map(pair -> Map.entry(pair.statement(), plan.speaker(pair.speaker()).map(Speaker::name).orElse(pair.speaker())))
                    .toList(), List.of());
            case Question.PositionsGrid g -> {
                List<String> stances = plan.stances().stream().map(LessonPlan.Stance::label).toList();
                for (String topic : g.topics()) {
                    matching(q, q.key() + "/" + topic, q.title() + " – " + plan.topicTitle(topic),
                            g.prompt() + " " + Words.get("export.moodle.topic", plan.topicTitle(topic)),
                            ExportedQuestions.gridPairs(plan, g, topic), stances);
                }
            }
            case Question.Order o -> order(q, o);
            case Question.Open o -> open(q, o);
        }
    }

    private void choice(AssignedQuestion q, String prompt, List<String> options, int right, boolean shuffle) {
        Xml x = item(q.key(), q.title());
        Element response = declare(x, "single", "identifier");
        x.add(x.add(response, "correctResponse"), "value", "C" + (right + 1));
        outcomes(x, 1);
        Element body = x.add(x.root(), "itemBody");
        Element interaction = x.add(body, "choiceInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", String.valueOf(shuffle));
        interaction.setAttribute("maxChoices", "1");
        x.add(interaction, "prompt", prompt);
        for (int i = 0; i < options.size(); i++) {
            x.add(interaction, "simpleChoice", options.get(i)).setAttribute("identifier", "C" + (i + 1));
        }
        scoring(x, false);
        feedback(x, q.question().explanation());
        finish(x, q.key());
    }

    /** Any line the accepted words stand on, as students cite it ("16", or "B6" with several records). */
    private void line(AssignedQuestion q, Question.PickEvidence p) {
        List<String> lines = ExportedQuestions.evidenceLines(lesson, p);
        Xml x = item(q.key(), q.title());
        Element response = declare(x, "single", "string");
        x.add(x.add(response, "correctResponse"), "value", lines.getFirst());
        Element mapping = x.add(response, "mapping");
        mapping.setAttribute("defaultValue", "0");
        mapping.setAttribute("lowerBound", "0");
        mapping.setAttribute("upperBound", "1");
        for (String l : lines) {
            Element entry = x.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", l);
            entry.setAttribute("mappedValue", "1");
            entry.setAttribute("caseSensitive", "false");
        }
        outcomes(x, 1);
        Element body = x.add(x.root(), "itemBody");
        Element para = x.add(body, "p", p.prompt() + " " + Words.get("export.moodle.line") + " ");
        Element entry = x.add(para, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", "RESPONSE");
        entry.setAttribute("expectedLength", "4");
        scoring(x, true);
        feedback(x, q.question().explanation());
        finish(x, q.key());
    }

    /** Statements to answers, each pair a point; answers no statement takes stay as distractors. */
    private void matching(AssignedQuestion q, String key, String title, String prompt, List<Map.Entry<String, String>> pairs,
                          List<String> extra) {
        List<String> targets = new ArrayList<>();
        pairs.forEach(p -> {
            if (!targets.contains(p.getValue())) {
                targets.add(p.getValue());
            }
        });
        extra.stream().filter(e -> !targets.contains(e)).forEach(targets::add);
        Xml x = item(key, title);
        Element response = declare(x, "multiple", "directedPair");
        Element correct = x.add(response, "correctResponse");
        Element mapping = x.add(response, "mapping");
        mapping.setAttribute("defaultValue", "0");
        for (int i = 0; i < pairs.size(); i++) {
            String pair = "S" + (i + 1) + " T" + (targets.indexOf(pairs.get(i).getValue()) + 1);
            x.add(correct, "value", pair);
            Element entry = x.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", pair);
            entry.setAttribute("mappedValue", "1");
        }
        outcomes(x, pairs.size());
        Element body = x.add(x.root(), "itemBody");
        Element interaction = x.add(body, "matchInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxAssociations", String.valueOf(pairs.size()));
        x.add(interaction, "prompt", prompt);
        Element statements = x.add(interaction, "simpleMatchSet");
        for (int i = 0; i < pairs.size(); i++) {
            Element c = x.add(statements, "simpleAssociableChoice", pairs.get(i).getKey());
            c.setAttribute("identifier", "S" + (i + 1));
            c.setAttribute("matchMax", "1");
        }
        Element answers = x.add(interaction, "simpleMatchSet");
        for (int i = 0; i < targets.size(); i++) {
            Element c = x.add(answers, "simpleAssociableChoice", targets.get(i));
            c.setAttribute("identifier", "T" + (i + 1));
            c.setAttribute("matchMax", "0");
        }
        scoring(x, true);
        feedback(x, q.question().explanation());
        finish(x, key);
    }

    /** QTI has an order interaction: the statements, to be put in the record's order. */
    private void order(AssignedQuestion q, Question.Order o) {
        Xml x = item(q.key(), q.title());
        Element response = declare(x, "ordered", "identifier");
        Element correct = x.add(response, "correctResponse");
        for (int i = 0; i < o.items().size(); i++) {
            x.add(correct, "value", "I" + (i + 1));
        }
        outcomes(x, 1);
        Element body = x.add(x.root(), "itemBody");
        Element interaction = x.add(body, "orderInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        x.add(interaction, "prompt", o.prompt());
        for (int i = 0; i < o.items().size(); i++) {
            x.add(interaction, "simpleChoice", o.items().get(i).text()).setAttribute("identifier", "I" + (i + 1));
        }
        scoring(x, false);
        feedback(x, q.question().explanation());
        finish(x, q.key());
    }

    /** Marked by hand: no automatic score; the model answer and the rubric for scorers only. */
    private void open(AssignedQuestion q, Question.Open o) {
        Xml x = item(q.key(), q.title());
        declare(x, "single", "string");
        outcomes(x, o.rubric().stream().mapToInt(Question.RubricLevel::points).max().orElse(1));
        Element body = x.add(x.root(), "itemBody");
        Element scorer = x.add(body, "rubricBlock");
        scorer.setAttribute("view", "scorer");
        x.add(scorer, "p", Words.get("export.moodle.model") + " " + o.modelAnswer());
        Element levels = x.add(scorer, "ul");
        o.rubric().forEach(r -> x.add(levels, "li", r.level() + " (" + r.points() + "): " + r.descriptor()));
        Element interaction = x.add(body, "extendedTextInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("expectedLines", "10");
        x.add(interaction, "prompt", o.prompt());
        finish(x, q.key());
    }

    // ---- the parts every item has

    private Xml item(String key, String title) {
        Xml x = new Xml(QTI, "assessmentItem");
        x.root().setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        x.root().setAttributeNS(XSI, "xsi:schemaLocation", QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        x.root().setAttribute("identifier", identifier(key));
        x.root().setAttribute("title", title);
        x.root().setAttribute("adaptive", "false");
        x.root().setAttribute("timeDependent", "false");
        return x;
    }

    private static Element declare(Xml x, String cardinality, String baseType) {
        Element r = x.add(x.root(), "responseDeclaration");
        r.setAttribute("identifier", "RESPONSE");
        r.setAttribute("cardinality", cardinality);
        r.setAttribute("baseType", baseType);
        return r;
    }

    private static void outcomes(Xml x, int max) {
        Element score = x.add(x.root(), "outcomeDeclaration");
        score.setAttribute("identifier", "SCORE");
        score.setAttribute("cardinality", "single");
        score.setAttribute("baseType", "float");
        x.add(x.add(score, "defaultValue"), "value", "0");
        Element most = x.add(x.root(), "outcomeDeclaration");
        most.setAttribute("identifier", "MAXSCORE");
        most.setAttribute("cardinality", "single");
        most.setAttribute("baseType", "float");
        x.add(x.add(most, "defaultValue"), "value", String.valueOf(max));
        Element feedback = x.add(x.root(), "outcomeDeclaration");
        feedback.setAttribute("identifier", "FEEDBACK");
        feedback.setAttribute("cardinality", "single");
        feedback.setAttribute("baseType", "identifier");
    }

    /**
     * The score (all or nothing against the key, or a point per mapped answer), then the lesson's explanation shown
     * whatever was answered: in Working Record the explanation follows every answer, right or wrong.
     */
    private static void scoring(Xml x, boolean mapped) {
        Element rp = x.add(x.root(), "responseProcessing");
        Element set;
        if (mapped) {
            set = x.add(rp, "setOutcomeValue");
            set.setAttribute("identifier", "SCORE");
            x.add(set, "mapResponse").setAttribute("identifier", "RESPONSE");
        } else {
            Element condition = x.add(rp, "responseCondition");
            Element when = x.add(condition, "responseIf");
            Element match = x.add(when, "match");
            x.add(match, "variable").setAttribute("identifier", "RESPONSE");
            x.add(match, "correct").setAttribute("identifier", "RESPONSE");
            Element right = x.add(when, "setOutcomeValue");
            right.setAttribute("identifier", "SCORE");
            x.add(right, "variable").setAttribute("identifier", "MAXSCORE");
        }
        Element show = x.add(rp, "setOutcomeValue");
        show.setAttribute("identifier", "FEEDBACK");
        Element value = x.add(show, "baseValue", "EXPLANATION");
        value.setAttribute("baseType", "identifier");
    }

    private static void feedback(Xml x, String explanation) {
        Element f = x.add(x.root(), "modalFeedback");
        f.setAttribute("outcomeIdentifier", "FEEDBACK");
        f.setAttribute("identifier", "EXPLANATION");
        f.setAttribute("showHide", "show");
        x.add(f, "p", explanation);
    }

    private void finish(Xml x, String key) {
        String href = "items/" + identifier(key) + ".xml";
        files.put(href, x.bytes());
        items.add(key);
    }

    // ---- the test and the manifest

    private void test() {
        Xml x = new Xml(QTI, "assessmentTest");
        x.root().setAttribute("identifier", identifier("test"));
        x.root().setAttribute("title", plan.title());
        Element part = x.add(x.root(), "testPart");
        part.setAttribute("identifier", "PART");
        part.setAttribute("navigationMode", "nonlinear");
        part.setAttribute("submissionMode", "simultaneous");
        Element section = x.add(part, "assessmentSection");
        section.setAttribute("identifier", "SECTION");
        section.setAttribute("title", plan.title());
        section.setAttribute("visible", "true");
        Element note = x.add(section, "rubricBlock");
        note.setAttribute("view", "author");
        x.add(note, "p", Words.get("export.qti.about", plan.title()));
        x.add(note, "p", Words.get("export.qti.cannot"));
        for (String key : items) {
            Element ref = x.add(section, "assessmentItemRef");
            ref.setAttribute("identifier", identifier(key));
            ref.setAttribute("href", "items/" + identifier(key) + ".xml");
        }
        files.put("test.xml", x.bytes());
    }

    private void manifest() {
        Xml x = new Xml(CP, "manifest");
        x.root().setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        x.root().setAttributeNS(XSI, "xsi:schemaLocation", CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
        x.root().setAttribute("identifier", identifier("manifest"));
        Element meta = x.add(x.root(), "metadata");
        x.add(meta, "schema", "QTIv2.1 Package");
        x.add(meta, "schemaversion", "1.0.0");
        x.add(x.root(), "organizations");
        Element resources = x.add(x.root(), "resources");
        Element test = x.add(resources, "resource");
        test.setAttribute("identifier", "RES-" + identifier("test"));
        test.setAttribute("type", "imsqti_test_xmlv2p1");
        test.setAttribute("href", "test.xml");
        x.add(test, "file").setAttribute("href", "test.xml");
        for (String key : items) {
            x.add(test, "dependency").setAttribute("identifierref", "RES-" + identifier(key));
        }
        for (String key : items) {
            String href = "items/" + identifier(key) + ".xml";
            Element r = x.add(resources, "resource");
            r.setAttribute("identifier", "RES-" + identifier(key));
            r.setAttribute("type", "imsqti_item_xmlv2p1");
            r.setAttribute("href", href);
            x.add(r, "file").setAttribute("href", href);
        }
        files.put("imsmanifest.xml", x.bytes());
    }

    /** An XML identifier (a letter first, then letters, digits, dots, dashes, underscores) from the lesson and a key. */
    private String identifier(String key) {
        return ("wr-" + plan.id() + "-" + key).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // the manifest first, as packages are usually read
            List<String> names = new ArrayList<>(files.keySet());
            names.remove("imsmanifest.xml");
            names.addFirst("imsmanifest.xml");
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(files.get(name));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
