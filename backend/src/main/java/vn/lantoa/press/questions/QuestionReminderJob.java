package vn.lantoa.press.questions;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.people.MemberRow;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds the desk of journalists' questions: one working day before the due date and on the due date, the assignee and the
 * unit's spokespersons (its heads when it has none) get a mail; once a question is overdue, the unit's heads (its admins
 * when it has no head) get one mail about it. From lantoa.press.reminder-hour (7:00 Vietnam time), looked at every quarter
 * hour on one instance (ShedLock). Each reminder is claimed in the transaction that queues its mails (press_question_step,
 * one row per question, kind and due date), so no one gets it twice; a question given a new due date is reminded again.
 */
@Singleton
class QuestionReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionReminderJob.class);

    private final QuestionsDue due;
    private final QuestionRepository questions;
    private final QuestionSteps steps;
    private final QuestionPeople people;
    private final QuestionMails mails;
    private final DueDates dueDates;
    private final UnitRefRepository units;
    private final MailOutbox outbox;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final LocalTime sendFrom;
    private final String baseUrl;

    QuestionReminderJob(QuestionsDue due, QuestionRepository questions, QuestionSteps steps, QuestionPeople people, QuestionMails mails,
                        DueDates dueDates, UnitRefRepository units, MailOutbox outbox, SchedulerLocks locks, SynchronousTransactionManager<Connection> tx,
                        Clock clock, @Value("${lantoa.press.reminder-hour:7}") int hour, @Value("${lantoa.base-url}") String baseUrl) {
        this.due = due;
        this.questions = questions;
        this.steps = steps;
        this.people = people;
        this.mails = mails;
        this.dueDates = dueDates;
        this.units = units;
        this.outbox = outbox;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        this.sendFrom = LocalTime.of(Math.max(0, Math.min(23, hour)), 0);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(fixedDelay = "${lantoa.press.reminder-interval:15m}", initialDelay = "${lantoa.press.reminder-initial-delay:1m}")
    void onSchedule() {
        locks.runExclusively("press-question-reminders", Duration.ofMinutes(30), this::run);
    }

    /** Queues today's reminders not sent yet; returns how many mails were queued. */
    int run() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(VietnamTime.ZONE);
        if (local.toLocalTime().isBefore(sendFrom)) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        LocalDate tomorrow = dueDates.nextWorkingDay(today);
        int sent = 0;
        for (long[] open : due.openDue$WithoutTenancy(tomorrow)) {
            try {
                sent += remind(open[0], open[1], today, tomorrow, now);
            } catch (RuntimeException e) {
                LOG.error("Reminder about press question {} failed", open[1], e);
            }
        }
        return sent;
    }

    private int remind(long unitId, long id, LocalDate today, LocalDate tomorrow, Instant now) {
        return tx.executeWrite(status -> {
            Question q = questions.findByUnitIdAndId(unitId, id).orElse(null);
            UnitRef unit = units.findById(unitId).orElse(null);
            if (q == null || unit == null || !q.status().open()) {
                return 0;
            }
            String kind = q.dueOn().isBefore(today) ? "OVERDUE_HEAD" : q.dueOn().equals(today) ? "REMIND_DUE"
                    : q.dueOn().isAfter(today) && !q.dueOn().isAfter(tomorrow) ? "REMIND_BEFORE" : null;
            Set<String> to = kind == null ? Set.of() : recipients(unitId, q, kind);
            // Nobody to tell yet: not claimed, so a head or spokesperson named later in the day is still told.
            if (to.isEmpty() || !steps.claimReminder(unitId, id, kind, q.dueOn(), now)) {
                return 0;
            }
            String link = baseUrl + "/admin/u/" + unitId + "/press/questions/" + id;
            to.forEach(address -> outbox.enqueue(mails.reminder(address, kind, q, unit, link)));
            return to.size();
        });
    }

    private Set<String> recipients(long unitId, Question q, String kind) {
        Set<String> to = new LinkedHashSet<>();
        if (kind.equals("OVERDUE_HEAD")) {
            List<MemberRow> heads = people.withRole(unitId, Role.COMMITTEE_HEAD);
            (heads.isEmpty() ? people.withRole(unitId, Role.UNIT_ADMIN) : heads).forEach(m -> to.add(m.email()));
            return to;
        }
        if (q.assigneeId() != null) {
            people.member(unitId, q.assigneeId()).filter(m -> m.email() != null && m.status() == vn.lantoa.people.UserStatus.ACTIVE)
                    .ifPresent(m -> to.add(m.email()));
        }
        List<MemberRow> spokespersons = people.withRole(unitId, Role.SPOKESPERSON);
        (spokespersons.isEmpty() ? people.withRole(unitId, Role.COMMITTEE_HEAD) : spokespersons).forEach(m -> to.add(m.email()));
        return to;
    }
}
