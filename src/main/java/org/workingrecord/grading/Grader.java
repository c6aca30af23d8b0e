package org.workingrecord.grading;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** One small strategy per question kind: pure, no Spring, no database. */
interface Grader<Q extends Question, A extends Answer> {

    Score grade(Q question, A answer, LoadedLesson lesson);
}
