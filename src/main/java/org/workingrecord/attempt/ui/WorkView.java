package org.workingrecord.attempt.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.NotYoursException;
import org.workingrecord.attempt.Receipt;
import org.workingrecord.attempt.ReviewItem;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.classroom.ui.StudentSession;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.shell.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * A student works through an assignment: its activities as steps, the source always beside the
 * questions (keeping its place between steps), every answer saved as it is given, and hand-in.
 */
@Route(value = "work/:assignmentId", layout = MainLayout.class)
@RolesAllowed(StudentAuthentication.ROLE)
class WorkView extends Main implements BeforeEnterObserver, HasDynamicTitle, WorkContext {

    private final ClassroomService classroom;
    private final AttemptService attempts;
    protected final Clock clock;

    private StudentRef student;
    protected AttemptService.Work work;
    protected AttemptState state;
    private final Map<String, SavedAnswer> answers = new HashMap<>();
    private RecordPanel panel;
    private final Steps steps = new Steps(this);
    private String title = "";

    WorkView(ClassroomService classroom, AttemptService attempts, Clock clock) {
        this.classroom = classroom;
        this.attempts = attempts;
        this.clock = clock;
        setId("main-content");
        addClassNames("page", "work-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptService.Entered entered;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            // who the student is, the assignment and their work on it: one transaction
            entered = StudentSession.orJoin(event, studentId -> attempts.enter(studentId, id)).orElse(null);
        } catch (NumberFormatException | NotYoursException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("work.not-found"));
            return;
        }
        if (entered == null) {
            return;
        }
        student = entered.student();
        work = entered.work();
        state = entered.state();
        answers.clear();
        answers.putAll(state.answers());
        build();
    }

    List<Activity> activities() {
        return work.lesson().plan().activities().stream().filter(a -> work.assignment().activityIds().contains(a.id())).toList();
    }

    protected void build() {
        removeAll();
        LessonPlan plan = work.lesson().plan();
        title = plan.title();
        Anchor back = new Anchor("my-work", getTranslation("work.back"));
        back.addClassName("back-link");
        H1 heading = new H1(plan.title());
        panel = new RecordPanel(work.lesson());
        Details source = new Details(getTranslation("work.source"), panel);
        source.setOpened(true);
        source.addClassName("source-panel");
        Div layout = new Div(steps.area(), source);
        layout.addClassName("work-layout");
        add(back, heading);
        if (student != null) {
            // shared laptops: whose work this is, and a way out for the next student
            Button signOut = new Button(getTranslation("work.not-you"), e -> {
                StudentSession.signOut();
                getUI().ifPresent(ui -> ui.navigate("join"));
            });
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            Div bar = new Div(new Paragraph(getTranslation("work.who", student.displayName())), signOut);
            bar.addClassName("student-bar");
            add(bar);
        }
        add(steps.list().progress(), steps.list().nav(), layout);
        steps.start(state);
    }

    /** After a hand-in: the state as stored. */
    void handedIn() {
        state = reload();
    }

    Locale locale() {
        return getLocale();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    // WorkContext

    @Override
    public LoadedLesson lesson() {
        return work.lesson();
    }

    @Override
    public RecordPanel panel() {
        return panel;
    }

    @Override
    public boolean immediateFeedback() {
        return work.assignment().feedbackMode() == FeedbackMode.IMMEDIATE;
    }

    @Override
    public boolean locked() {
        return state.status() != WorkStatus.IN_PROGRESS;
    }

    @Override
    public Optional<SavedAnswer> saved(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    @Override
    public SaveOutcome save(String key, Answer value) {
        int seen = saved(key).map(SavedAnswer::revision).orElse(SavedAnswer.NONE);
        return remember(key, value, store(key, value, seen));
    }

    @Override
    public SaveOutcome overwrite(String key, Answer value) {
        SaveOutcome outcome = save(key, value);
        if (outcome instanceof SaveOutcome.Conflict c) {
            answers.put(key, c.current());
            outcome = save(key, value);
        }
        return outcome;
    }

    private SaveOutcome remember(String key, Answer value, SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved s) {
            answers.put(key, new SavedAnswer(value, s.revision(), s.savedAt(), false));
        }
        return outcome;
    }

    @Override
    public void accept(String key, SavedAnswer current) {
        answers.put(key, current);
    }

    @Override
    public Score check(String key) {
        Score score = checkAnswer(key);
        saved(key).ifPresent(a -> answers.put(key, new SavedAnswer(a.value(), a.revision(), a.savedAt(), true)));
        return score;
    }

    // Where the work is kept: the database here; in memory in the teacher's preview.

    protected SaveOutcome store(String key, Answer value, int seenRevision) {
        return attempts.save(student, work.assignment().id(), key, value, seenRevision);
    }

    protected Score checkAnswer(String key) {
        return attempts.check(student, work.assignment().id(), key);
    }

    protected void remember(int step, int part) {
        attempts.remember(student, work.assignment().id(), step, part);
    }

    @Override
    public long arrangementSeed() {
        return Arrangement.forStudent(work.assignment().id(), student.studentId());
    }

    @Override
    public Optional<String> draftKey(String questionKey) {
        return Optional.of("wr-draft:" + student.studentId() + ":" + work.assignment().id() + ":" + questionKey);
    }

    @Override
    public SaveOutcome saveDraft(String key, Answer value, int basedOnRevision) {
        return remember(key, value, store(key, value, basedOnRevision));
    }

    protected List<AssignedQuestion> gaps() {
        return attempts.unanswered(student, work.assignment().id());
    }

    protected Receipt handIn() {
        return attempts.submit(student, work.assignment().id());
    }

    protected AttemptState reload() {
        return attempts.open(student, work.assignment().id());
    }

    protected List<ReviewItem> reviewItems() {
        return attempts.review(student, work.assignment().id());
    }

    /** The receipt offers the completed worksheet; a preview has none to offer. */
    protected boolean offersWorksheet() {
        return true;
    }

    @Override
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(instant.atZone(zone()));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
