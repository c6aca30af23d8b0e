package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.SourcePack;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Markup;
import org.workingrecord.source.SourceIndex;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The first version of a new lesson on a source: a lesson that loads as it stands, with a "who said it"
 * on the record's first plain statement (its key the speaker of that turn) and an open question, for the
 * teacher to rewrite and extend. Comments say where the format is explained.
 */
final class LessonStarter {

    private static final int QUOTE_WORDS = 14;

    private LessonStarter() {
    }

    static String yaml(String lessonId, String title, SourcePack pack) {
        Map<String, Object> lesson = new LinkedHashMap<>();
        lesson.put("id", lessonId);
        lesson.put("title", title);
        lesson.put("level", "Ages 14-18");
        lesson.put("duration", 45);
        lesson.put("summary", "Students read the record and say who said what, citing its words.");
        lesson.put("objectives", List.of("Tell who said what in the record, citing its words."));
        lesson.put("source", pack.id());
        List<Map<String, Object>> questions = new ArrayList<>();
        firstStatement(pack).ifPresent(s -> {
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("id", "who-1");
            who.put("type", "who-said-it");
            who.put("prompt", "Who said this?");
            who.put("quote", s.quote());
            who.put("answer", s.speaker().id());
            who.put("explanation", s.speaker().name() + " says this in the record.");
            questions.add(who);
        });
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("id", "meaning");
        open.put("type", "open");
        open.put("prompt", "What did the meeting decide, and who wanted it? Use the record's words.");
        open.put("model-answer", "Write the answer you would give, quoting the record.");
        open.put("rubric", List.of(
                Map.of("level", "Full", "points", 2, "descriptor", "Names the decision and who wanted it, with a quotation."),
                Map.of("level", "Partial", "points", 1, "descriptor", "Names the decision, without evidence."),
                Map.of("level", "Not yet", "points", 0, "descriptor", "Does not use the record.")));
        questions.add(open);
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("id", "quiz");
        activity.put("type", "questions");
        activity.put("title", "Who said what");
        activity.put("instructions", "Read the record, then answer each question.");
        activity.put("questions", questions);
        lesson.put("activities", List.of(activity));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(110);
        options.setSplitLines(false);
        return "# A lesson in the format of the folders in lesson-plans/ (see lesson-plans/README.md on the server).\n"
                + "# Every quotation must be the record's words; every key is checked against the record on saving.\n"
                + new Yaml(options).dump(lesson);
    }

    private record Statement(String quote, Speaker speaker) {
    }

    /** The first turn's opening words (up to a sentence) that the record holds once, with its named speaker. */
    private static Optional<Statement> firstStatement(SourcePack pack) {
        SourceIndex index = pack.index();
        for (Entry.Turn turn : index.record().turns()) {
            Optional<Speaker> speaker = pack.speakers().stream().filter(s -> s.aliases().contains(turn.speaker())).findFirst();
            String plain = Markup.hide(turn.text()).replaceAll("\\s+", " ").strip();
            int stop = plain.indexOf(". ");
            String sentence = stop > 0 ? plain.substring(0, stop + 1) : plain;
            String[] words = sentence.split(" ");
            if (speaker.isEmpty() || words.length < 4) {
                continue;
            }
            String quote = String.join(" ", List.of(words).subList(0, Math.min(words.length, QUOTE_WORDS)));
            Optional<SourceIndex.Span> span = index.find(quote);
            if (span.isPresent() && index.turnAt(span.get()).map(t -> t.speaker().equals(turn.speaker())).orElse(false)) {
                return Optional.of(new Statement(quote, speaker.get()));
            }
        }
        return Optional.empty();
    }
}
