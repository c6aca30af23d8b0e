package org.workingrecord.gradebook.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.LiveProgress;
import org.workingrecord.attempt.OpenAnswer;
import org.workingrecord.attempt.ProgressRow;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.gradebook.ClassSummary;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One assignment for the teacher: live progress (updated as students answer), the class summary,
 * grading of open answers, and the gradebook downloads.
 */
@Route(value = "teach/assignments/:assignmentId", layout = MainLayout.class)
@RolesAllowed("TEACHER")
class AssignmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final AttemptService attempts;
    private final LessonCatalog catalog;
    private final CurrentTeacher current;
    private final LiveProgress live;
    private final java.time.Clock clock;
    private final Grid<ProgressRow> progress = new Grid<>();
    private final List<ProgressRow> rows = new java.util.ArrayList<>();
    private com.vaadin.flow.component.grid.dataview.GridListDataView<ProgressRow> rowView;
    private volatile boolean summaryShown;
    private final Div summary = new Div();
    private final Span updated = new Span();
    private TeacherInfo teacher;
    private AssignmentInfo assignment;
    private LoadedLesson lesson;
    private LiveProgress.Subscription subscription;
    private String title = "";
    private Select<AssignedQuestion> gradingQuestion;
    private final Div gradingAnswers = new Div();
    private boolean gradingShown;

    AssignmentView(ClassroomService classroom, AttemptService attempts, LessonCatalog catalog, CurrentTeacher current,
                   LiveProgress live, java.time.Clock clock) {
        this.classroom = classroom;
        this.attempts = attempts;
        this.catalog = catalog;
        this.current = current;
        this.live = live;
        this.clock = clock;
        setId("main-content");
        addClassNames("page", "assignment-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teacher = current.require();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            assignment = classroom.assignmentOf(teacher.id(), id);
            lesson = catalog.lesson(assignment.lessonId()).orElseThrow(() -> new AccessDeniedException("lesson gone"));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("assignment.not-found"));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        LessonPlan plan = lesson.plan();
        title = plan.title();
        String className = classroom.classFor(teacher.id(), assignment.classId()).name();
        add(new Anchor("teach/classes/" + assignment.classId(), getTranslation("assignment.back", className)),
                new H1(plan.title()), new Paragraph(getTranslation("assignment.intro", className)));

        progress.removeAllColumns();
        // long step titles ("Where does each speaker stand?") wrap instead of ending in "Where does e…"
        progress.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        progress.addColumn(r -> r.student().displayName()).setHeader(getTranslation("assignment.col.student"))
                .setSortable(true).setAutoWidth(true);
        progress.addColumn(r -> getTranslation("status." + r.status().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .setHeader(getTranslation("assignment.col.status")).setSortable(true).setAutoWidth(true);
        progress.addColumn(r -> r.answered() + " / " + r.total()).setHeader(getTranslation("assignment.col.answered"));
        // one column per step, so the teacher sees who is still on the reading and who reached the questions
        for (var activity : plan.activities()) {
            if (!assignment.activityIds().contains(activity.id())) {
                continue;
            }
            long inStep = attemptsPerStep(activity);
            progress.addColumn(r -> r.scores().keySet().stream().filter(k -> k.startsWith(activity.id() + "/")).count()
                    + " / " + inStep).setHeader(activity.title());
        }
        progress.addColumn(r -> r.points() + " / " + r.max()).setHeader(getTranslation("assignment.col.score"));
        progress.addColumn(r -> r.toGrade() == 0 ? "" : String.valueOf(r.toGrade())).setHeader(getTranslation("assignment.col.tograde"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        progress.addColumn(r -> r.lastSaved() == null ? "" : time.format(r.lastSaved().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("assignment.col.last"));
        // client-side templates, not a server component per row: a class of 35 (or 300) costs two columns, not 600 components
        progress.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ProgressRow>of(
                        "<a href=${item.href} download router-ignore aria-label=${item.label}>${item.text}</a>")
                .withProperty("href", r -> "teach/assignments/" + assignment.id() + "/students/" + r.student().id() + "/worksheet.docx")
                .withProperty("label", r -> getTranslation("assignment.student.sheet") + ": " + r.student().displayName())
                .withProperty("text", r -> getTranslation("assignment.student.sheet")))
                .setHeader(getTranslation("assignment.col.sheet")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ProgressRow>of(
                        "<vaadin-button ?hidden=${!item.reopenable} aria-label=${item.label} @click=${reopen}>${item.text}</vaadin-button>")
                .withProperty("reopenable", r -> r.status() != org.workingrecord.attempt.WorkStatus.NOT_STARTED
                        && r.status() != org.workingrecord.attempt.WorkStatus.IN_PROGRESS)
                .withProperty("label", r -> getTranslation("assignment.reopen") + ": " + r.student().displayName())
                .withProperty("text", r -> getTranslation("assignment.reopen"))
                .withFunction("reopen", r -> {
                    attempts.reopen(teacher.id(), assignment.id(), r.student().id());
                    refresh();
                }))
                .setHeader(getTranslation("class.roster.actions")).setAutoWidth(true).setFlexGrow(0);

        rowView = progress.setItems(rows);
        rowView.setIdentifierProvider(r -> r.student().id());
        updated.addClassName("updated");
        updated.getElement().setAttribute("aria-live", "polite");
        Section progressTab = new Section(updated, progress);

        Anchor xlsx = new Anchor("teach/assignments/" + assignment.id() + "/gradebook.xlsx", getTranslation("assignment.xlsx"));
        Anchor csv = new Anchor("teach/assignments/" + assignment.id() + "/gradebook.csv", getTranslation("assignment.csv"));
        for (Anchor a : List.of(xlsx, csv)) {
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            a.addClassName("button-link");
        }
        String lessonPath = "teach/lessons/" + assignment.lessonId();
        Anchor worksheet = new Anchor(lessonPath + "/worksheet.docx", getTranslation("assignment.worksheet"));
        Anchor key = new Anchor(lessonPath + "/answer-key.docx", getTranslation("assignment.key"));
        Anchor pack = new Anchor("teach/assignments/" + assignment.id() + "/class-pack.docx", getTranslation("assignment.pack"));
        Anchor packFull = new Anchor("teach/assignments/" + assignment.id() + "/class-pack.docx?layout=full",
                getTranslation("assignment.pack.full"));
        Anchor zip = new Anchor("teach/assignments/" + assignment.id() + "/class-pack.zip", getTranslation("assignment.zip"));
        for (Anchor a : List.of(worksheet, key, pack, packFull, zip)) {
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            a.addClassName("button-link");
        }
        Div downloads = new Div(xlsx, csv);
        downloads.addClassName("actions");
        Div documents = new Div(worksheet, key, pack, packFull, zip);
        documents.addClassName("actions");

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("assignment.tab.progress"), progressTab);
        com.vaadin.flow.component.tabs.Tab summaryTab = tabs.add(getTranslation("assignment.tab.summary"), summary);
        com.vaadin.flow.component.tabs.Tab gradingTab = tabs.add(getTranslation("assignment.tab.grading"), grading());
        // answers that arrived since the page opened appear when the teacher turns to grading
        tabs.addSelectedChangeListener(e -> {
            // the summary is computed only while it is shown
            summaryShown = e.getSelectedTab() == summaryTab;
            if (summaryShown) {
                showSummary(ClassSummary.of(attempts.results(teacher.id(), assignment.id())));
            }
            // the answers to grade are built only while the tab is shown: a card per student holds a lot
            gradingShown = e.getSelectedTab() == gradingTab;
            if (gradingShown && gradingQuestion != null && gradingQuestion.getValue() != null) {
                showAnswers(gradingQuestion.getValue(), gradingAnswers);
            } else {
                gradingAnswers.removeAll();
            }
        });
        tabs.add(getTranslation("assignment.tab.settings"), settings());
        tabs.add(getTranslation("assignment.tab.export"), new Section(new Paragraph(getTranslation("assignment.export.text")), downloads,
                new H2(getTranslation("assignment.print")), new Paragraph(getTranslation("assignment.print.text")), documents));
        tabs.setWidthFull();
        add(tabs);
        refresh();
    }

    private long attemptsPerStep(org.workingrecord.lesson.Activity activity) {
        return switch (activity) {
            case org.workingrecord.lesson.Activity.GuidedReading r -> r.steps().size();
            case org.workingrecord.lesson.Activity.QuestionSet q -> q.questions().size();
        };
    }

    /** Change the due date or the feedback mode, or withdraw the assignment. */
    private Section settings() {
        com.vaadin.flow.component.datepicker.DatePicker due = new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("assign.due"));
        due.setValue(assignment.dueDate());
        RadioButtonGroup<org.workingrecord.classroom.FeedbackMode> mode = new RadioButtonGroup<>(getTranslation("assign.mode"));
        mode.setItems(org.workingrecord.classroom.FeedbackMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assign.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(assignment.feedbackMode());
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("assignment.settings.save"), e -> {
            classroom.updateAssignment(teacher.id(), assignment.id(), due.getValue(), mode.getValue());
            assignment = classroom.assignmentOf(teacher.id(), assignment.id());
            saved.setText(getTranslation("assignment.settings.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button withdraw = new Button(getTranslation("assignment.withdraw"), e -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
            dialog.setHeader(getTranslation("class.sure"));
            dialog.setText(getTranslation("assignment.withdraw.confirm"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("work.confirm.cancel"));
            dialog.setConfirmText(getTranslation("class.yes"));
            dialog.addConfirmListener(x -> {
                classroom.withdraw(teacher.id(), assignment.id());
                getUI().ifPresent(ui -> ui.navigate("teach/classes/" + assignment.classId()));
            });
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        Section s = new Section(due, mode, save, saved, new Paragraph(getTranslation("assignment.withdraw.text")), withdraw);
        s.addClassName("form-card");
        return s;
    }

    /** The whole page's data again, after the teacher's own action. */
    private void refresh() {
        rows.clear();
        rows.addAll(attempts.progress(teacher.id(), assignment.id()));
        rowView.refreshAll();
        sizeGrid();
        if (summaryShown) {
            showSummary(ClassSummary.of(attempts.results(teacher.id(), assignment.id())));
        }
        stamp();
    }

    /** A class fits on screen at once; a very large roster scrolls, with rows sent as the teacher scrolls. */
    private void sizeGrid() {
        boolean all = rows.size() <= 60;
        progress.setAllRowsVisible(all);
        progress.setHeight(all ? null : "min(70vh, 40rem)");
    }

    private void stamp() {
        updated.setText(getTranslation("assignment.updated",
                DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()).format(clock.instant().atZone(clock.getZone()))));
    }

    /** Rows that changed, replaced in place: the grid sends only those rows to the browser. */
    private void apply(List<ProgressRow> changed, ClassSummary newSummary) {
        boolean added = false;
        for (ProgressRow row : changed) {
            int at = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).student().id() == row.student().id()) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                rows.add(row);
                added = true;
            } else {
                rows.set(at, row);
                rowView.refreshItem(row);
            }
        }
        if (added) {
            rowView.refreshAll();
            sizeGrid();
        }
        if (newSummary != null) {
            showSummary(newSummary);
        }
        stamp();
    }

    /**
     * Runs on a live-progress delivery thread, never in a student's request: reads only the
     * changed students' rows (and the summary if it is on screen), then pushes them to this page.
     */
    private boolean deliver(UI ui, LiveProgress.Changes changes) {
        if (ui.isClosing() || !ui.isAttached()) {
            return false;
        }
        long teacherId = teacher.id();
        long assignmentId = assignment.id();
        List<ProgressRow> changed = changes.wholeClass() ? attempts.progress(teacherId, assignmentId)
                : attempts.progress(teacherId, assignmentId, changes.students());
        ClassSummary newSummary = summaryShown ? ClassSummary.of(attempts.results(teacherId, assignmentId)) : null;
        try {
            ui.access(() -> apply(changed, newSummary));
            return true;
        } catch (com.vaadin.flow.component.UIDetachedException gone) {
            return false;
        }
    }

    private void showSummary(ClassSummary s) {
        summary.removeAll();
        LessonPlan plan = lesson.plan();
        for (ClassSummary.GridSummary grid : s.grids()) {
            summary.add(new H2(getTranslation("summary.grid")), new Paragraph(getTranslation("summary.grid.how")));
            Div scroller = new Div(new com.vaadin.flow.component.Html(classGrid(plan, grid)));
            scroller.addClassName("grid-scroller");
            summary.add(scroller);
        }
        summary.add(new H2(getTranslation("summary.questions")));
        UnorderedList list = new UnorderedList();
        for (ClassSummary.QuestionSummary q : s.questions()) {
            if (q.question().question() instanceof Question.Open) {
                continue;
            }
            String text = q.answered() == 0 ? getTranslation("summary.question.none", q.question().title())
                    : getTranslation("summary.question", q.question().title(), q.correct(), q.answered(), q.percentCorrect());
            ListItem item = new ListItem(text);
            if (!q.commonWrong().isEmpty()) {
                item.add(new Span(" " + getTranslation("summary.wrong", String.join("; ",
                        q.commonWrong().stream().map(c -> c.label() + " (" + c.count() + ")").toList()))));
            }
            list.add(item);
        }
        summary.add(list);
    }

    /**
     * The positions grid as the class answered it: speakers by topics, as the students saw it, each
     * cell with how many chose each stance as a bar, the lesson's answer (and any other defensible
     * reading) marked in words, and cells where fewer than half chose a defensible reading flagged
     * for discussion. One piece of HTML, readable on a projector.
     */
    static String classGrid(LessonPlan plan, ClassSummary.GridSummary grid) {
        List<String> speakers = new java.util.ArrayList<>();
        List<String> topics = new java.util.ArrayList<>();
        grid.cells().forEach(c -> {
            if (!speakers.contains(c.speaker())) {
                speakers.add(c.speaker());
            }
            if (!topics.contains(c.topic())) {
                topics.add(c.topic());
            }
        });
        StringBuilder b = new StringBuilder("<table class=\"class-grid\"><thead><tr><th scope=\"col\">")
                .append(org.workingrecord.shell.Html.esc(com.vaadin.flow.i18n.I18NProvider.translate("work.grid.speaker"))).append("</th>");
        for (String topic : topics) {
            b.append("<th scope=\"col\">").append(org.workingrecord.shell.Html.esc(plan.topics().stream()
                    .filter(t -> t.id().equals(topic)).findFirst().map(LessonPlan.Topic::title).orElse(topic))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (String speaker : speakers) {
            b.append("<tr><th scope=\"row\">").append(org.workingrecord.shell.Html.esc(
                    plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker))).append("</th>");
            for (String topic : topics) {
                ClassSummary.Cell cell = grid.cells().stream().filter(c -> c.speaker().equals(speaker) && c.topic().equals(topic))
                        .findFirst().orElse(null);
                if (cell == null) {
                    b.append("<td></td>");
                    continue;
                }
                List<String> defensible = new java.util.ArrayList<>(List.of(cell.keyStance()));
                plan.position(speaker, topic).ifPresent(p -> defensible.addAll(p.accept()));
                int total = cell.total();
                int right = defensible.stream().mapToInt(st -> cell.chosen().getOrDefault(st, 0)).sum();
                boolean discuss = total > 0 && right * 2 < total;
                b.append("<td").append(discuss ? " class=\"discuss\"" : "").append(">");
                if (discuss) {
                    b.append("<p class=\"discuss-flag\">").append(org.workingrecord.shell.Html.esc(com.vaadin.flow.i18n.I18NProvider.translate("summary.discuss")))
                            .append("</p>");
                }
                b.append("<ul class=\"dist\">");
                for (LessonPlan.Stance st : plan.stances()) {
                    int n = cell.chosen().getOrDefault(st.id(), 0);
                    String mark = st.id().equals(cell.keyStance()) ? com.vaadin.flow.i18n.I18NProvider.translate("summary.mark.key")
                            : defensible.contains(st.id()) ? com.vaadin.flow.i18n.I18NProvider.translate("summary.mark.also") : "";
                    int percent = total == 0 ? 0 : Math.round(100f * n / total);
                    b.append("<li").append(mark.isEmpty() ? "" : " class=\"defensible\"").append("><span class=\"dist-label\">")
                            .append(org.workingrecord.shell.Html.esc(st.label()));
                    if (!mark.isEmpty()) {
                        b.append(" <strong>").append(org.workingrecord.shell.Html.esc(mark)).append("</strong>");
                    }
                    // spaces between the parts, so a screen reader says "Mixed answer 3", not "Mixed answer3"
                    b.append("</span> <span class=\"dist-bar\" aria-hidden=\"true\"><span style=\"width:").append(percent)
                            .append("%\"></span></span> <span class=\"dist-n\">").append(n).append("</span></li>");
                }
                b.append("</ul></td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** Grading by question: every student's answer side by side, with the rubric. */
    private Section grading() {
        Section s = new Section();
        List<AssignedQuestion> open = AssignedQuestion.all(lesson, assignment).stream()
                .filter(q -> q.question() instanceof Question.Open).toList();
        if (open.isEmpty()) {
            s.add(new Paragraph(getTranslation("grading.none")));
            return s;
        }
        Select<AssignedQuestion> which = new Select<>();
        gradingQuestion = which;
        which.setWidth("min(100%, 44rem)");
        which.setLabel(getTranslation("grading.question"));
        which.setItems(open);
        which.setItemLabelGenerator(AssignedQuestion::title);
        Div answers = gradingAnswers;
        which.setPlaceholder(getTranslation("grading.question"));
        which.addValueChangeListener(e -> {
            if (e.getValue() != null && gradingShown) {
                showAnswers(e.getValue(), answers);
            }
        });
        Select<org.workingrecord.classroom.StudentInfo> byStudent = new Select<>();
        byStudent.setLabel(getTranslation("grading.student"));
        byStudent.setItems(classroom.roster(teacher.id(), assignment.classId()));
        byStudent.setItemLabelGenerator(org.workingrecord.classroom.StudentInfo::displayName);
        byStudent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                answers.removeAll();
                Map<String, OpenAnswer> theirs = attempts.openAnswersOf(teacher.id(), assignment.id(), e.getValue().id());
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
            attempts.releaseGrades(teacher.id(), assignment.id());
            release(s);
        });
        release.addThemeVariants(ButtonVariant.PRIMARY);
        Div choosers = new Div(which, byStudent);
        choosers.addClassName("actions");
        s.add(new Paragraph(getTranslation("grading.how")), choosers, answers, release);
        which.setValue(open.get(0));
        return s;
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
        List<OpenAnswer> list = attempts.openAnswers(teacher.id(), assignment.id(), q.key());
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
            attempts.grade(teacher.id(), assignment.id(), a.student().id(), q.key(), level.getValue().points(), comment.getValue());
            saved.setText(getTranslation("grading.saved"));
            refresh();
        });
        save.setAriaLabel(getTranslation("grading.save") + ": " + a.student().displayName());
        Div card = new Div(new H3(a.student().displayName() + (a.submitted() ? "" : " – " + getTranslation("grading.draft"))),
                new Paragraph(a.text()), level, comment, save, saved);
        card.addClassName("question-card");
        return card;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (assignment != null && subscription == null) {
            UI ui = event.getUI();
            subscription = live.subscribe(assignment.id(), changes -> deliver(ui, changes));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
