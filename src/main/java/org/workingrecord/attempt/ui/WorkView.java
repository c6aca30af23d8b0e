package org.workingrecord.attempt.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.LoggerFactory;
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
import org.workingrecord.shell.Html;
import org.workingrecord.shell.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.DomListenerRegistration;
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
    private final Section stepArea = new Section();
    private final Nav stepNav = new Nav();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final List<QuestionCard> cards = new ArrayList<>();
    private int step;
    private int readingIndex;
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

    private List<Activity> activities() {
        return work.lesson().plan().activities().stream().filter(a -> work.assignment().activityIds().contains(a.id())).toList();
    }

    protected void build() {
        removeAll();
        LessonPlan plan = work.lesson().plan();
        title = plan.title();
        Anchor back = new Anchor("my-work", getTranslation("work.back"));
        back.addClassName("back-link");
        H1 heading = new H1(plan.title());
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-labelledby", "progress-text");
        progressText.setId("progress-text");
        Div progressBox = new Div(progressText, progress);
        progressBox.addClassName("progress-box");
        stepNav.addClassName("step-nav");
        stepNav.getElement().setAttribute("aria-label", getTranslation("work.steps"));
        if (stepListener == null) {
            // the steps are plain buttons in HTML: one listener for all of them
            stepListener = stepNav.getElement().addEventListener("click", e -> goTo(e.getEventData().path(STEP).asInt(-1)))
                    .addEventData(STEP).setFilter("event.target.closest('[data-step]') !== null");
        }

        panel = new RecordPanel(work.lesson());
        Details source = new Details(getTranslation("work.source"), panel);
        source.setOpened(true);
        source.addClassName("source-panel");
        stepArea.addClassName("step-area");
        Div layout = new Div(stepArea, source);
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
        add(progressBox, stepNav, layout);
        List<Activity> activities = activities();
        // open where the student last was (after a reload, a restart or on another device)
        step = state.status() == WorkStatus.IN_PROGRESS ? Math.clamp(state.step(), 0, activities.size()) : activities.size();
        readingIndex = step < activities.size() && activities.get(step) instanceof Activity.GuidedReading r
                ? Math.clamp(state.part(), 0, r.steps().size() - 1) : 0;
        rememberedStep = step;
        rememberedPart = readingIndex;
        showStep();
    }

    private int rememberedStep;
    private int rememberedPart;

    /** Which step button was clicked, as the browser reports it. */
    static final String STEP = "event.target.closest('[data-step]') ? +event.target.closest('[data-step]').dataset.step : -1";
    private DomListenerRegistration stepListener;

    /** A step chosen in the list of steps: its heading gets the focus, so reading starts there. */
    private void goTo(int target) {
        if (target < 0 || target > activities().size()) {
            return;
        }
        step = target;
        readingIndex = 0;
        showStep();
        focusHeading();
    }

    /** The next speaker's name, so a keyboard or screen reader user goes on reading from there. */
    private void focusSpeaker() {
        stepArea.getChildren().filter(c -> c.getClassNames().contains("speaker-card")).findFirst()
                .flatMap(card -> card.getChildren().filter(c -> c instanceof H2).findFirst()).ifPresent(WorkView::focus);
    }

    private void focusHeading() {
        stepArea.getChildren().filter(c -> c instanceof H2).findFirst().ifPresent(WorkView::focus);
    }

    /** Focus on a heading (made focusable by script only, not by Tab). */
    private static void focus(Component heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
    }

    private void rememberPosition() {
        if (locked() || step == rememberedStep && readingIndex == rememberedPart) {
            return;
        }
        rememberedStep = step;
        rememberedPart = readingIndex;
        try {
            remember(step, readingIndex);
        } catch (RuntimeException e) {
            // only a convenience: the answers are what must be saved
            LoggerFactory.getLogger(WorkView.class).warn("Could not remember the position", e);
        }
    }

    /** Steps: each activity, then "Hand in". */
    private void showStep() {
        rememberPosition();
        cards.forEach(QuestionCard::stop);
        cards.clear();
        stepArea.removeAll();
        List<Activity> activities = activities();
        int total = activities.size() + 1;
        progress.setValue((double) step / (total - 1));
        progressText.setText(getTranslation("work.progress", step + 1, total,
                step < activities.size() ? activities.get(step).title() : getTranslation("work.handin")));
        StringBuilder nav = new StringBuilder("<ol>");
        for (int i = 0; i < total; i++) {
            String name = i < activities.size() ? activities.get(i).title() : getTranslation("work.handin");
            nav.append("<li><button type=\"button\" data-step=\"").append(i).append('"')
                    .append(i == step ? " class=\"current\" aria-current=\"step\"" : "").append('>')
                    .append(Html.esc(name)).append("</button></li>");
        }
        stepNav.getElement().setProperty("innerHTML", nav.append("</ol>").toString());
        if (step < activities.size()) {
            switch (activities.get(step)) {
                case Activity.GuidedReading r -> showReading(r);
                case Activity.QuestionSet s -> showQuestions(s);
            }
        } else {
            showHandIn();
        }
    }

    private void showReading(Activity.GuidedReading reading) {
        LessonPlan plan = work.lesson().plan();
        Activity.ReadingStep current = reading.steps().get(readingIndex);
        LessonPlan.Speaker speaker = plan.speaker(current.speaker()).orElseThrow();
        stepArea.add(new H2(reading.title()), new Paragraph(reading.instructions()));
        Span counter = new Span(getTranslation("work.reading.counter", readingIndex + 1, reading.steps().size()));
        counter.addClassName("reading-counter");
        Div who = new Div(new H2(speaker.name()), new Paragraph(speaker.role()), new Paragraph(speaker.bio()));
        who.addClassName("speaker-card");
        Paragraph notice = new Paragraph(getTranslation("work.reading.notice", current.notice()));
        notice.addClassName("notice");
        List<Integer> lines = work.lesson().index().find(current.quote())
                .map(s -> IntStream.rangeClosed(s.firstLine(), s.lastLine()).boxed().toList()).orElse(List.of());
        panel.highlight(lines);
        Paragraph where = new Paragraph(getTranslation("work.reading.where", lines.isEmpty() ? "" : String.valueOf(lines.get(0))));
        AssignedQuestion check = work.question(AssignedQuestion.stepKey(reading, readingIndex)).orElseThrow();
        QuestionCard card = new QuestionCard(check, getTranslation("work.reading.check"), this);
        cards.add(card);
        Button previous = new Button(getTranslation("work.reading.previous"), e -> {
            readingIndex--;
            showStep();
            focusSpeaker();
        });
        previous.setEnabled(readingIndex > 0);
        boolean last = readingIndex == reading.steps().size() - 1;
        Button next = new Button(getTranslation(last ? "work.next-step" : "work.reading.next"), e -> {
            if (!card.answered() && !locked()) {
                card.hint(getTranslation("work.reading.check-first"));
                return;
            }
            if (last) {
                step++;
                readingIndex = 0;
                showStep();
                focusHeading();
            } else {
                readingIndex++;
                showStep();
                focusSpeaker();
            }
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        Div nav = new Div(previous, next);
        nav.addClassName("actions");
        stepArea.add(counter, who, where, notice, card, nav);
    }

    private void showQuestions(Activity.QuestionSet set) {
        // the reading's highlight belongs to the reading; questions mark their own evidence
        panel.highlight(List.of());
        stepArea.add(new H2(set.title()), new Paragraph(set.instructions()));
        int n = 0;
        for (var q : set.questions()) {
            AssignedQuestion aq = work.question(set.id() + "/" + q.id()).orElseThrow();
            QuestionCard card = new QuestionCard(aq, getTranslation("work.question", ++n, set.questions().size()), this);
            cards.add(card);
            stepArea.add(card);
        }
        Button next = new Button(getTranslation("work.next-step"), e -> {
            step++;
            showStep();
            focusHeading();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        stepArea.add(next);
    }

    private void showHandIn() {
        new HandInStep(this, stepArea).show();
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
