package org.workingrecord.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.criteria.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentDataDeleted;
import org.workingrecord.shell.Words;

/**
 * The audit log: what teachers and administrators did with students' data (viewed, graded, exported,
 * removed, deleted), for administrators to read. A row names the student only by id; the name is looked
 * up while the student exists, so once their data is deleted no name of theirs is left here. Rows are
 * kept {@code workingrecord.audit.kept-months} (24 by default), then deleted each night at 03:30.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEventRepository events;
    private final AccountService accounts;
    private final ClassroomService classroom;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int keptMonths;

    AuditLog(AuditEventRepository events, AccountService accounts, ClassroomService classroom, Clock clock,
             PlatformTransactionManager transactions, @Value("${workingrecord.audit.kept-months:24}") int keptMonths) {
        this.events = events;
        this.accounts = accounts;
        this.classroom = classroom;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keptMonths = Math.max(1, keptMonths);
    }

    /** Months a row is kept. */
    public int keptMonths() {
        return keptMonths;
    }

    /**
     * Writes down what a teacher or administrator did with a class's data, or one student's ({@code studentId},
     * else null), in the bundle's words ({@code detailKey} with {@code args}). In a transaction that writes, the row
     * goes with it (a rolled-back grade leaves no row); after a read or a download, it is written on its own.
     */
    public void record(long actorId, AuditAction action, long classId, Long studentId, String detailKey, Object... args) {
        TeacherInfo actor = actor(actorId);
        String className = classroom.className(classId).orElse(null);
        write(new AuditEvent(clock.instant(), actorId, actor.displayName(), actor.administrator(), action, classId,
                className, studentId, Words.get(detailKey, args)));
    }

    /** Deletions are told by the classroom inside their transaction: the row commits with the deletion or not at all. */
    @EventListener
    void deleted(StudentDataDeleted e) {
        AuditAction action = e.why() == StudentDataDeleted.Why.STUDENT_REMOVED ? AuditAction.REMOVED : AuditAction.DELETED;
        String detail = switch (e.why()) {
            case STUDENT_REMOVED -> Words.get("audit.detail.removed");
            case CLASS_DELETED -> Words.get("audit.detail.class-deleted", e.students());
            case CLASS_EXPIRED -> Words.get("audit.detail.class-expired", e.students());
            case ON_REQUEST -> Words.get("audit.detail.on-request");
        };
        TeacherInfo actor = e.actorId() == null ? new TeacherInfo(0, "", Words.get("audit.actor.app"), false) : actor(e.actorId());
        write(new AuditEvent(clock.instant(), e.actorId(), actor.displayName(), actor.administrator(), action, e.classId(),
                e.className(), e.studentId(), detail));
    }

    /** The account acting; one removed in the meantime is still written down, by number, so the action is not lost. */
    private TeacherInfo actor(long actorId) {
        return accounts.byId(actorId).orElseGet(() -> new TeacherInfo(actorId, "", Words.get("audit.actor.gone", actorId), false));
    }

    private void write(AuditEvent event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            events.save(event);
        } else {
            ownTransaction.executeWithoutResult(status -> events.save(event));
        }
    }

    /** One page of the log, newest first, for an administrator; offset a multiple of limit, as grids ask. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(long adminId, AuditFilter filter, int offset, int limit) {
        requireAdmin(adminId);
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")));
        List<AuditEvent> rows = events.findAll(matching(filter), page).getContent();
        Map<Long, String> names = classroom.studentNames(rows.stream().map(AuditEvent::studentId).filter(Objects::nonNull).toList());
        return rows.stream().map(e -> new AuditEntry(e.at(), e.actorName(), e.actorAdmin(), e.action(),
                e.className() == null ? "" : e.className(),
                e.studentId() == null ? "" : names.getOrDefault(e.studentId(), Words.get("audit.student.deleted", e.studentId())),
                e.detail())).toList();
    }

    @Transactional(readOnly = true)
    public int count(long adminId, AuditFilter filter) {
        requireAdmin(adminId);
        return (int) Math.min(Integer.MAX_VALUE, events.count(matching(filter)));
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.action() != null) {
                all.add(cb.equal(root.get("action"), filter.action()));
            }
            if (!filter.words().isEmpty()) {
                String like = "%" + filter.words().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("actorName")), like, '\\'),
                        cb.like(cb.lower(root.get("className")), like, '\\'),
                        cb.like(cb.lower(root.get("detail")), like, '\\')));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private void requireAdmin(long adminId) {
        if (!accounts.isAdministrator(adminId)) {
            throw new AccessDeniedException("administrators only");
        }
    }

    @Scheduled(cron = "${workingrecord.audit.cron:0 30 3 * * *}")
    void nightly() {
        int deleted = sweep(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} audit log rows older than {} months", deleted, keptMonths);
        }
    }

    /** Deletes the rows older than the months they are kept; how many. */
    @Transactional
    public int sweep(Instant now) {
        return events.deleteOlderThan(now.atOffset(ZoneOffset.UTC).minusMonths(keptMonths).toInstant());
    }
}
