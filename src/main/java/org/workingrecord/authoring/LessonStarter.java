package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.SourcePack;
import org.workingrecord.shell.Words;
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
        lesson.put("level", Words.get("starter.level"));
        lesson.put("duration", 45);
        lesson.put("summary", Words.get("starter.summary"));
        lesson.put("objectives", List.of(Words.get("starter.objective")));
        lesson.put("source", pack.id());
        List<Map<String, Object>> questions = new ArrayList<>();
        firstStatement(pack).ifPresent(s -> {
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("id", "who-1");
            who.put("type", "who-said-it");
            who.put("prompt", Words.get("starter.who.prompt"));
            who.put("quote", s.quote());
            who.put("answer", s.speaker().id());
            who.put("explanation", Words.get("starter.who.explanation", s.speaker().name()));
            questions.add(who);
        });
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("id", "meaning");
        open.put("type", "open");
        open.put("prompt", Words.get("starter.open.prompt"));
        open.put("model-answer", Words.get("starter.open.model"));
        open.put("rubric", List.of(
                QuestionBuilder.rubric(Words.get("starter.rubric.full"), 2, Words.get("starter.rubric.full.text")),
                QuestionBuilder.rubric(Words.get("starter.rubric.partial"), 1, Words.get("starter.rubric.partial.text")),
                QuestionBuilder.rubric(Words.get("starter.rubric.not-yet"), 0, Words.get("starter.rubric.not-yet.text"))));
        questions.add(open);
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("id", "quiz");
        activity.put("type", "questions");
        activity.put("title", Words.get("starter.activity.title"));
        activity.put("instructions", Words.get("starter.activity.instructions"));
        activity.put("questions", questions);
        lesson.put("activities", List.of(activity));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(110);
        // lists indented under their key, as the lessons in lesson-plans/ are written
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        return Words.get("starter.comment")
                + new Yaml(options).dump(lesson);
    }

    private record Statement(String quote, Speaker speaker) {
    }

    /** The opening words (up to a sentence) of the first turn introduced by its speaker's name, with that speaker. */
    private static Optional<Statement> firstStatement(SourcePack pack) {
        SourceIndex index = pack.index();
        for (Entry.Turn turn : index.record().turns()) {
            Optional<Speaker> speaker = pack.speakers().stream().filter(s -> s.aliases().contains(turn.speaker())).findFirst();
            String plain = Markup.hide(turn.text()).replaceAll("\\s+", " ").strip();
            int stop = plain.indexOf(". ");
            String sentence = stop > 0 ? plain.substring(0, stop + 1) : plain;
            String[] words = sentence.split(" ");
            // a turn named after its words ("... (Comrade Liu Shaotsi).") would give the answer away
            if (speaker.isEmpty() || turn.label().isEmpty() || words.length < 4) {
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
