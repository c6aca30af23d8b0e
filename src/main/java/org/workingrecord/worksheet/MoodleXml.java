package org.workingrecord.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Words;
import org.workingrecord.shell.Xml;

/**
 * A lesson's questions as Moodle XML, a question bank a Moodle teacher imports (Question bank, Import, "Moodle XML
 * format"), in a category named for the lesson. Each question keeps its words, key and feedback. What Moodle's
 * standard question types cannot carry is said in a description at the top of the category and in the README:
 * the record itself is not in the file (find-the-line answers are its line numbers), a positions grid becomes
 * one matching question per topic, an order question a matching of items to places, and open answers are
 * essays marked by hand with the lesson's model answer and rubric for the grader.
 */
final class MoodleXml {

    private final Document doc;
    private final Element quiz;
    private final LoadedLesson lesson;

    private MoodleXml(LoadedLesson lesson) throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        this.doc = f.newDocumentBuilder().newDocument();
        this.quiz = doc.createElement("quiz");
        this.lesson = lesson;
        doc.appendChild(quiz);
    }

    /** The lesson's questions (all its activities), as the UTF-8 bytes of a Moodle XML file. */
    static byte[] of(LoadedLesson lesson) {
        try {
            MoodleXml x = new MoodleXml(lesson);
            x.write(AssignedQuestion.all(lesson));
            return x.bytes();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Moodle XML could not be written", e);
        }
    }

    private void write(List<AssignedQuestion> questions) {
        LessonPlan plan = lesson.plan();
        Element category = question("category");
        Element path = doc.createElement("category");
        path.appendChild(text("$course$/top/" + Words.get("export.moodle.category", plan.title().replace("/", "-"))));
        category.appendChild(path);
        Element about = question("description");
        about.appendChild(name(Words.get("export.moodle.about.name")));
        about.appendChild(html("questiontext", Words.get("export.moodle.about", esc(plan.title()),
                esc(plan.sources().get(0).citation()))));
        for (AssignedQuestion q : questions) {
            switch (q.question()) {
                case Question.Choice c -> choice(q, ExportedQuestions.context(plan, q) + c.prompt(), c.options(), c.answer(), !c.keepOrder());
                case Question.WhoSaidIt w -> whoSaidIt(q, w, plan);
                case Question.TrueFalse t -> trueFalse(q, t);
                case Question.PickEvidence p -> pickEvidence(q, p);
                case Question.Matching m -> matching(q, m.prompt(), m.pairs().stream()
                        .map(pair -> Map.entry(pair.statement(), plan.speaker(pair.speaker()).map(Speaker::name).orElse(pair.speaker())))
                        .toList(), List.of());
                case Question.PositionsGrid g -> grid(q, g, plan);
                case Question.Order o -> order(q, o);
                case Question.Open o -> essay(q, o);
            }
        }
    }

    private void choice(AssignedQuestion q, String prompt, List<String> options, int right, boolean shuffle) {
        Element e = common(q, "multichoice", prompt);
        e.appendChild(value("single", "true"));
        e.appendChild(value("shuffleanswers", shuffle ? "1" : "0"));
        e.appendChild(value("answernumbering", "abc"));
        for (int i = 0; i < options.size(); i++) {
            e.appendChild(answer(i == right ? "100" : "0", options.get(i)));
        }
    }

    private void whoSaidIt(AssignedQuestion q, Question.WhoSaidIt w, LessonPlan plan) {
        ExportedQuestions.Choices choices = ExportedQuestions.whoSaidIt(plan, w);
        choice(q, w.prompt() + " “" + w.quote() + "”", choices.options(), choices.right(), false);
    }

    private void trueFalse(AssignedQuestion q, Question.TrueFalse t) {
        Element e = common(q, "truefalse", t.prompt());
        e.appendChild(answer(t.answer() ? "100" : "0", "true"));
        e.appendChild(answer(t.answer() ? "0" : "100", "false"));
    }

    /** Any line the accepted words stand on, as students cite it ("16", or "B6" with several records). */
    private void pickEvidence(AssignedQuestion q, Question.PickEvidence p) {
        Element e = common(q, "shortanswer", p.prompt() + " " + Words.get("export.moodle.line"));
        e.appendChild(value("usecase", "0"));
        List<String> lines = ExportedQuestions.evidenceLines(lesson, p);
        lines.forEach(l -> e.appendChild(answer("100", l)));
    }

    private void matching(AssignedQuestion q, String prompt, List<Map.Entry<String, String>> pairs, List<String> extra) {
        Element e = common(q, "matching", prompt);
        e.appendChild(value("shuffleanswers", "true"));
        for (Map.Entry<String, String> pair : pairs) {
            Element sub = doc.createElement("subquestion");
            sub.setAttribute("format", "html");
            sub.appendChild(text(pair.getKey()));
            Element a = doc.createElement("answer");
            a.appendChild(text(pair.getValue()));
            sub.appendChild(a);
            e.appendChild(sub);
        }
        // answers no statement takes are written as subquestions without text, as Moodle reads distractors
        for (String other : extra) {
            if (pairs.stream().noneMatch(p -> p.getValue().equals(other))) {
                Element sub = doc.createElement("subquestion");
                sub.setAttribute("format", "html");
                sub.appendChild(text(""));
                Element a = doc.createElement("answer");
                a.appendChild(text(other));
                sub.appendChild(a);
                e.appendChild(sub);
            }
        }
    }

    /** One matching question per topic: each speaker to the stance the key gives them. */
    private void grid(AssignedQuestion q, Question.PositionsGrid g, LessonPlan plan) {
        List<String> stances = plan.stances().stream().map(LessonPlan.Stance::label).toList();
        for (String topic : g.topics()) {
            matching(q, g.prompt() + " " + Words.get("export.moodle.topic", plan.topicTitle(topic)),
                    ExportedQuestions.gridPairs(plan, g, topic), stances);
        }
    }

    /** Each item to its place in the record's order ("1st", "2nd" ...). */
    private void order(AssignedQuestion q, Question.Order o) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < o.items().size(); i++) {
            pairs.add(Map.entry(o.items().get(i).text(), Words.get("export.moodle.place", i + 1)));
        }
        matching(q, o.prompt(), pairs, List.of());
    }

    private void essay(AssignedQuestion q, Question.Open o) {
        Element e = common(q, "essay", o.prompt());
        e.appendChild(value("defaultgrade", String.valueOf(o.rubric().stream().mapToInt(Question.RubricLevel::points).max().orElse(1))));
        e.appendChild(value("responseformat", "editor"));
        e.appendChild(value("responserequired", "1"));
        e.appendChild(value("responsefieldlines", "10"));
        StringBuilder grader = new StringBuilder("<p>").append(esc(Words.get("export.moodle.model"))).append(" ")
                .append(esc(o.modelAnswer())).append("</p><ul>");
        o.rubric().forEach(r -> grader.append("<li>").append(esc(r.level())).append(" (").append(r.points()).append("): ")
                .append(esc(r.descriptor())).append("</li>"));
        e.appendChild(html("graderinfo", grader.append("</ul>").toString()));
    }

    /** A question with its name, text, general feedback (the lesson's explanation) and usual settings. */
    private Element common(AssignedQuestion q, String type, String prompt) {
        Element e = question(type);
        e.appendChild(name(q.title()));
        e.appendChild(html("questiontext", "<p>" + esc(prompt) + "</p>"));
        e.appendChild(html("generalfeedback", "<p>" + esc(q.question().explanation()) + "</p>"));
        e.appendChild(value("penalty", "0"));
        e.appendChild(value("hidden", "0"));
        e.appendChild(value("idnumber", lesson.plan().id() + "/" + q.key()));
        return e;
    }

    private Element question(String type) {
        Element e = doc.createElement("question");
        e.setAttribute("type", type);
        quiz.appendChild(e);
        return e;
    }

    private Element name(String words) {
        Element n = doc.createElement("name");
        n.appendChild(text(words));
        return n;
    }

    private Element html(String tag, String html) {
        Element e = doc.createElement(tag);
        e.setAttribute("format", "html");
        Element t = doc.createElement("text");
        t.appendChild(doc.createCDATASection(html));
        e.appendChild(t);
        return e;
    }

    private Element answer(String fraction, String words) {
        Element a = doc.createElement("answer");
        a.setAttribute("fraction", fraction);
        a.setAttribute("format", "html");
        a.appendChild(text(words));
        return a;
    }

    private Element text(String words) {
        Element t = doc.createElement("text");
        t.setTextContent(words);
        return t;
    }

    private Element value(String tag, String v) {
        Element e = doc.createElement(tag);
        e.setTextContent(v);
        return e;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private byte[] bytes() {
        return Xml.write(doc);
    }
}
