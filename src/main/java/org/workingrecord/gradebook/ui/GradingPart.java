package org.workingrecord.gradebook.ui;

import java.util.List;
import java.util.Map;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.OpenAnswer;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Grading open answers with the lesson's rubric: one question for the whole class at once (so
 * every answer is judged the same way), or one student's answers; then releasing grades.
 */
@Route(value = Pages.ASSIGNMENT_GRADING, layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class GradingPart extends AssignmentPart {

    private final AttemptService attempts;

    GradingPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, AttemptService attempts) {
        super(classroom, catalog, current, "assignment.tab.grading");
        this.attempts = attempts;
    }

    /** Grading by question: every student's answer side by side, with the rubric. */
    @Override
    protected void build() {
        Section s = this;
        List<AssignedQuestion> open = AssignedQuestion.all(page.lesson(), page.assignment()).stream()
                .filter(q -> q.question() instanceof Question.Open).toList();
        if (open.isEmpty()) {
            s.add(new Paragraph(getTranslation("grading.none")));
            return;
        }
        Select<AssignedQuestion> which = new Select<>();
        which.setWidth("min(100%, 44rem)");
        which.setLabel(getTranslation("grading.question"));
        which.setItems(open);
        which.setItemLabelGenerator(AssignedQuestion::title);
        Div answers = new Div();
        which.setPlaceholder(getTranslation("grading.question"));
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showAnswers(e.getValue(), answers);
            }
        });
        Select<StudentInfo> byStudent = new Select<>();
        byStudent.setLabel(getTranslation("grading.student"));
        byStudent.setItems(classroom.roster(page.teacher().id(), page.assignment().classId()));
        byStudent.setItemLabelGenerator(StudentInfo::displayName);
        byStudent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                answers.removeAll();
                Map<String, OpenAnswer> theirs = attempts.openAnswersOf(page.teacher().id(), page.id(), e.getValue().id());
                for (AssignedQuestion q : open) {
                    OpenAnswer a = theirs.get(q.key());
                    if (a != null) {
                        answers.add(new H3(q.title()), gradeCard(q, a));
                    }
                }
                if (answers.getChildren().findAny().isEmpty()) {
                    answers.add(new Paragraph(getTranslation("grading.student.none", e.getValue().displayName())));
                }
            }
        });
        Button release = new Button(getTranslation("grading.release"), e -> {
            attempts.releaseGrades(page.teacher().id(), page.id());
            release(s);
        });
        release.addThemeVariants(ButtonVariant.PRIMARY);
        Div choosers = new Div(which, byStudent);
        choosers.addClassName("actions");
        s.add(new Paragraph(getTranslation("grading.how")), choosers, answers, release);
        which.setValue(open.get(0));
    }

    private void release(Section s) {
        Paragraph done = new Paragraph(getTranslation("grading.released"));
        done.getElement().setAttribute("role", "status");
        s.add(done);
    }

    private void showAnswers(AssignedQuestion q, Div target) {
        target.removeAll();
        Question.Open question = (Question.Open) q.question();
        target.add(new Paragraph(question.prompt()));
        Div model = new Div(new H3(getTranslation("grading.model")), new Paragraph(question.modelAnswer()));
        model.addClassName("model-answer");
        target.add(model);
        List<OpenAnswer> list = attempts.openAnswers(page.teacher().id(), page.id(), q.key());
        if (list.isEmpty()) {
            target.add(new Paragraph(getTranslation("grading.empty")));
        }
        for (OpenAnswer a : list) {
            target.add(gradeCard(q, a));
        }
    }

    /** One student's answer with the rubric levels, a comment and a save button. */
    private Div gradeCard(AssignedQuestion q, OpenAnswer a) {
        Question.Open question = (Question.Open) q.question();
        RadioButtonGroup<Question.RubricLevel> level = new RadioButtonGroup<>(getTranslation("grading.level", a.student().displayName()));
        level.setItems(question.rubric());
        level.setItemLabelGenerator(r -> r.level() + " (" + r.points() + "): " + r.descriptor());
        question.rubric().stream().filter(r -> a.points() != null && r.points() == a.points()).findFirst().ifPresent(level::setValue);
        TextField comment = new TextField(getTranslation("grading.comment", a.student().displayName()));
        comment.setValue(a.comment() == null ? "" : a.comment());
        comment.setWidthFull();
        Span saved = new Span(a.points() == null ? "" : getTranslation("grading.saved"));
        saved.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("grading.save"), e -> {
            if (level.getValue() == null) {
                saved.setText(getTranslation("grading.choose"));
                return;
            }
            attempts.grade(page.teacher().id(), page.id(), a.student().id(), q.key(), level.getValue().points(), comment.getValue());
            saved.setText(getTranslation("grading.saved"));
        });
        save.setAriaLabel(getTranslation("grading.save") + ": " + a.student().displayName());
        Div card = new Div(new H3(a.student().displayName() + (a.submitted() ? "" : " – " + getTranslation("grading.draft"))),
                new Paragraph(a.text()), level, comment, save, saved);
        card.addClassName("question-card");
        return card;
    }

}
