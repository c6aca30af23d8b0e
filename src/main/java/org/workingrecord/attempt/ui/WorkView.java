package org.workingrecord.attempt.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.NotYoursException;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.classroom.ui.StudentSession;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

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
@Route(value = Pages.WORK, layout = MainLayout.class)
@RolesAllowed(StudentAuthentication.ROLE)
class WorkView extends Main implements BeforeEnterObserver, HasDynamicTitle, WorkContext {

    private final AttemptService attempts;
    protected final Clock clock;

    private StudentRef student;
    protected AttemptService.Work work;
    protected AttemptState state;
    /** Where the work is kept: the database for a student; memory in a teacher's preview. */
    protected WorkStore store;
    private final PageAnswers answers = new PageAnswers((key, value, seen) -> store.save(key, value, seen), key -> store.check(key));
    private RecordPanel panel;
    private final Steps steps = new Steps(this);
    private String title = "";

    WorkView(AttemptService attempts, Clock clock) {
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
        store = WorkStore.of(attempts, student, work.assignment().id());
        build();
    }

    List<Activity> activities() {
        return work.lesson().plan().activities().stream().filter(a -> work.assignment().activityIds().contains(a.id())).toList();
    }

    protected void build() {
        removeAll();
        answers.reset(state.answers());
        LessonPlan plan = work.lesson().plan();
        title = plan.title();
        Anchor back = new Anchor(Pages.MY_WORK, getTranslation("work.back"));
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
                getUI().ifPresent(ui -> ui.navigate(Pages.JOIN));
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
        state = store.reload();
    }

    WorkStore store() {
        return store;
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
        return answers.saved(key);
    }

    @Override
    public SaveOutcome save(String key, Answer value) {
        return answers.save(key, value);
    }

    @Override
    public SaveOutcome overwrite(String key, Answer value) {
        return answers.overwrite(key, value);
    }

    @Override
    public void accept(String key, SavedAnswer current) {
        answers.accept(key, current);
    }

    @Override
    public Score check(String key) {
        return answers.check(key);
    }

    @Override
    public SaveOutcome saveDraft(String key, Answer value, int basedOnRevision) {
        return answers.saveDraft(key, value, basedOnRevision);
    }

    @Override
    public long arrangementSeed() {
        return store.arrangementSeed();
    }

    @Override
    public Optional<String> draftKey(String questionKey) {
        return store.draftKey(questionKey);
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
