package org.workingrecord.attempt;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * A question as assigned: its key in the student's work ("quiz/who-capitulation", or
 * "reading/step-3" for a guided-reading check), its activity and the question itself.
 */
public record AssignedQuestion(String key, Activity activity, Question question) {

    /** Every question of the assignment's activities, in lesson order. */
    public static List<AssignedQuestion> all(LoadedLesson lesson, AssignmentInfo assignment) {
        List<AssignedQuestion> out = new ArrayList<>();
        for (Activity activity : lesson.plan().activities()) {
            if (!assignment.activityIds().contains(activity.id())) {
                continue;
            }
            switch (activity) {
                case Activity.GuidedReading r -> {
                    for (int i = 0; i < r.steps().size(); i++) {
                        out.add(new AssignedQuestion(stepKey(r, i), r, r.steps().get(i).check()));
                    }
                }
                case Activity.QuestionSet s -> s.questions().forEach(q -> out.add(new AssignedQuestion(s.id() + "/" + q.id(), s, q)));
            }
        }
        return out;
    }

    /** Every question of the lesson, as if all its activities were assigned (for printed worksheets). */
    public static List<AssignedQuestion> all(LoadedLesson lesson) {
        List<String> ids = lesson.plan().activities().stream().map(Activity::id).toList();
        return all(lesson, new AssignmentInfo(0, 0, lesson.plan().id(), null, null, ids, false));
    }

    /** The question in words for lists, exports and documents: its activity and prompt, shortened. */
    public String title() {
        String prompt = question instanceof Question.WhoSaidIt w
                ? w.prompt() + " “" + w.quote() + "”" : question.prompt();
        // "Where does each speaker stand? Was Khrushchev…", not "stand?: Was"
        String title = activity.title().strip();
        String joint = title.matches(".*[?!.:]$") ? " " : ": ";
        return title + joint + (prompt.length() > 90 ? prompt.substring(0, 87) + "…" : prompt);
    }

    public static String stepKey(Activity.GuidedReading reading, int index) {
        return reading.id() + "/step-" + (index + 1);
    }
}
