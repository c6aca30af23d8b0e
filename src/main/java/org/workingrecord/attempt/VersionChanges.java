package org.workingrecord.attempt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.SourceRef;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * What changed between two versions of a teacher's lesson, as a class given the first would meet it, in the
 * lesson's own words (question titles, speakers' names, options); and what keeps the class from moving: an
 * answered question gone, of another kind, or with other options (its answer would point at something else),
 * an assigned activity gone, or other records (line numbers would change). Pure: no Spring, no Vaadin.
 */
public final class VersionChanges {

    /** One change; {@code where} is the question's title (or the lesson's), before and after in the lesson's words. */
    public record Change(Kind kind, String where, String before, String after) {
    }

    public enum Kind { TITLE, QUESTION_ADDED, QUESTION_REMOVED, PROMPT, KEY, EXPLANATION, CHOICES, MARKING, OTHER }

    /** Why the class cannot move; {@code where} names the question or activity. */
    public record Blocker(Reason reason, String where) {
    }

    public enum Reason { ACTIVITY_GONE, ANSWERED_REMOVED, ANSWERED_OTHER_KIND, ANSWERED_OTHER_CHOICES, OTHER_RECORDS }

    private VersionChanges() {
    }

    public static List<Change> between(LoadedLesson from, LoadedLesson to, AssignmentInfo assignment) {
        List<Change> out = new ArrayList<>();
        LessonPlan a = from.plan();
        LessonPlan b = to.plan();
        if (!a.title().equals(b.title())) {
            out.add(new Change(Kind.TITLE, a.title(), a.title(), b.title()));
        }
        Map<String, AssignedQuestion> before = byKey(from, assignment);
        Map<String, AssignedQuestion> after = byKey(to, assignment);
        for (AssignedQuestion q : before.values()) {
            AssignedQuestion n = after.get(q.key());
            if (n == null) {
                out.add(new Change(Kind.QUESTION_REMOVED, q.title(), "", ""));
            } else if (!q.question().equals(n.question())) {
                compare(q, n, a, b, out);
            }
        }
        after.values().stream().filter(q -> !before.containsKey(q.key()))
                .forEach(q -> out.add(new Change(Kind.QUESTION_ADDED, q.title(), "", "")));
        if (!a.positions().equals(b.positions()) || !a.stances().equals(b.stances()) || !a.topics().equals(b.topics())) {
            out.add(new Change(Kind.KEY, "positions", "", ""));
        }
        List<String> other = new ArrayList<>();
        note(other, "summary", a.summary(), b.summary());
        note(other, "objectives", a.objectives(), b.objectives());
        note(other, "glossary", a.glossary(), b.glossary());
        note(other, "context", a.context(), b.context());
        note(other, "timeline", a.timeline(), b.timeline());
        note(other, "annotations", a.sources().stream().map(SourceRef::annotations).toList(),
                b.sources().stream().map(SourceRef::annotations).toList());
        note(other, "speakers", a.speakers(), b.speakers());
        note(other, "teacher-notes", a.teacherNotes(), b.teacherNotes());
        note(other, "teacher-guide", a.teacherGuide(), b.teacherGuide());
        if (!other.isEmpty()) {
            out.add(new Change(Kind.OTHER, String.join(", ", other), "", ""));
        }
        return out;
    }

    /** What keeps the class from moving, given the questions someone has answered ("quiz/who-1"). */
    public static List<Blocker> blockers(LoadedLesson from, LoadedLesson to, AssignmentInfo assignment, Set<String> answered) {
        List<Blocker> out = new ArrayList<>();
        List<String> ids = to.plan().activities().stream().map(x -> x.id()).toList();
        assignment.activityIds().stream().filter(id -> !ids.contains(id)).forEach(id -> out.add(new Blocker(Reason.ACTIVITY_GONE,
                from.plan().activities().stream().filter(x -> x.id().equals(id)).map(x -> x.title()).findFirst().orElse(id))));
        if (!from.plan().sources().stream().map(SourceRef::id).toList().equals(to.plan().sources().stream().map(SourceRef::id).toList())) {
            out.add(new Blocker(Reason.OTHER_RECORDS, ""));
        }
        Map<String, AssignedQuestion> after = byKey(to, assignment);
        for (AssignedQuestion q : byKey(from, assignment).values()) {
            if (!answered.contains(q.key())) {
                continue;
            }
            AssignedQuestion n = after.get(q.key());
            if (n == null) {
                out.add(new Blocker(Reason.ANSWERED_REMOVED, q.title()));
            } else if (n.question().getClass() != q.question().getClass()) {
                out.add(new Blocker(Reason.ANSWERED_OTHER_KIND, q.title()));
            } else if (!Objects.equals(pointedAt(q.question()), pointedAt(n.question()))) {
                out.add(new Blocker(Reason.ANSWERED_OTHER_CHOICES, q.title()));
            }
        }
        return out;
    }

    private static Map<String, AssignedQuestion> byKey(LoadedLesson lesson, AssignmentInfo assignment) {
        Map<String, AssignedQuestion> out = new LinkedHashMap<>();
        AssignedQuestion.all(lesson, assignment).forEach(q -> out.put(q.key(), q));
        return out;
    }

    /** What a stored answer points at by position: options, pairs, items (null where answers name things). */
    private static Object pointedAt(Question q) {
        return switch (q) {
            case Question.Choice c -> c.options();
            case Question.Matching m -> m.pairs().stream().map(Question.Pair::statement).toList();
            case Question.Order o -> o.items().stream().map(Question.OrderItem::text).toList();
            default -> null;
        };
    }

    private static void compare(AssignedQuestion q, AssignedQuestion n, LessonPlan a, LessonPlan b, List<Change> out) {
        Question x = q.question();
        Question y = n.question();
        String where = q.title();
        if (x.getClass() != y.getClass()) {
            out.add(new Change(Kind.QUESTION_REMOVED, where, "", ""));
            out.add(new Change(Kind.QUESTION_ADDED, n.title(), "", ""));
            return;
        }
        if (!x.prompt().equals(y.prompt())) {
            out.add(new Change(Kind.PROMPT, where, x.prompt(), y.prompt()));
        }
        if (!Objects.equals(pointedAt(x), pointedAt(y))) {
            out.add(new Change(Kind.CHOICES, where, "", ""));
        }
        String keyBefore = key(x, a);
        String keyAfter = key(y, b);
        if (!keyBefore.equals(keyAfter)) {
            out.add(new Change(Kind.KEY, where, keyBefore, keyAfter));
        }
        if (!x.explanation().equals(y.explanation())) {
            out.add(new Change(Kind.EXPLANATION, where, x.explanation(), y.explanation()));
        }
        if (x instanceof Question.Open o && y instanceof Question.Open p && !(o.modelAnswer().equals(p.modelAnswer())
                && o.rubric().equals(p.rubric()) && o.maxWords() == p.maxWords() && o.starters().equals(p.starters()))) {
            out.add(new Change(Kind.MARKING, where, "", ""));
        }
    }

    /** The key in the lesson's words: a speaker's name, an option, the evidence; the record's form where it is a list. */
    private static String key(Question q, LessonPlan plan) {
        return switch (q) {
            case Question.WhoSaidIt w -> w.quote() + " — " + plan.speaker(w.answer()).map(LessonPlan.Speaker::name).orElse(w.answer());
            case Question.Choice c -> c.answer() < c.options().size() ? c.options().get(c.answer()) : "";
            case Question.TrueFalse t -> t.answer() + ": " + t.evidence();
            case Question.PickEvidence p -> String.join(" / ", p.answers());
            case Question.Matching m -> m.pairs().stream().map(pr -> pr.statement() + " — " + pr.speaker()).toList().toString();
            case Question.Order o -> o.items().stream().map(Question.OrderItem::text).toList().toString();
            case Question.PositionsGrid g -> g.speakers() + " × " + g.topics();
            case Question.Open o -> "";
        };
    }

    private static void note(List<String> out, String section, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(section);
        }
    }
}
