package vn.lantoa.reporting.deadline;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reminders before the due date (the obligation's offsets, e.g. 7, 3 and 1 days) to units that have not sent, and
 * on the day after the deadline a digest of late units to each recipient. Runs every quarter hour on one instance.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final DeadlineBoard board;
    private final Reminders reminders;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;

    ReminderJob(ObligationRepository obligations, UnitRefRepository units, DeadlineBoard board, Reminders reminders, SchedulerLocks locks,
                SynchronousTransactionManager<Connection> tx, Clock clock) {
        this.obligations = obligations;
        this.units = units;
        this.board = board;
        this.reminders = reminders;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.reporting.reminder-interval:15m}", initialDelay = "${lantoa.reporting.reminder-initial-delay:30s}")
    void onSchedule() {
        locks.runExclusively("report-reminders", Duration.ofMinutes(30), this::run);
    }

    /** Sends what is due now; returns how many reminders and digests went out. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(DueRule.VIETNAM));
        int sent = 0;
        for (Obligation obligation : obligations.findAllActive$WithoutTenancy()) {
            if (obligation.periodType() == PeriodType.LISTED || obligation.periodType() == PeriodType.EVENT) {
                continue;
            }
            try {
                sent += remind(obligation, today);
            } catch (RuntimeException e) {
                LOG.error("Reminders for obligation {} failed", obligation.id(), e);
            }
        }
        return sent;
    }

    private int remind(Obligation obligation, LocalDate today) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        UnitRef issuer = units.findById(obligation.unitId()).orElseThrow();
        int sent = 0;
        for (Period period : schedule.recent(today, 2)) {
            LocalDate due = schedule.dueDate(period);
            boolean remindToday = obligation.reminders().stream().anyMatch(d -> due.minusDays(d).equals(today));
            boolean digestToday = due.plusDays(1).equals(today);
            if (!remindToday && !digestToday) {
                continue;
            }
            List<DeadlineRow> rows = board.allExpected(obligation, issuer, period);
            Map<Long, String> recipientNames = names(rows, obligation, issuer);
            if (remindToday) {
                int days = (int) (due.toEpochDay() - today.toEpochDay());
                for (DeadlineRow row : rows) {
                    if (row.firstSubmittedAt() == null && row.state() != Report.State.ACCEPTED) {
                        long to = obligation.recipient() == Recipient.PARENT ? row.parentId() : issuer.id();
                        sent += tx.executeWrite(s -> reminders.before(obligation, period, days, row.unitId(), row.unitName(),
                                recipientNames.getOrDefault(to, "")) ? 1 : 0);
                    }
                }
            }
            if (digestToday) {
                Map<Long, List<DeadlineRow>> lateByRecipient = rows.stream().filter(DeadlineRow::late).collect(Collectors.groupingBy(
                        r -> obligation.recipient() == Recipient.PARENT ? r.parentId() : issuer.id(), LinkedHashMap::new, Collectors.toList()));
                for (Map.Entry<Long, List<DeadlineRow>> e : lateByRecipient.entrySet()) {
                    UnitRef recipient = units.findById(e.getKey()).orElseThrow();
                    String late = e.getValue().stream().map(r -> "- " + r.unitName()).collect(Collectors.joining("\n"));
                    sent += tx.executeWrite(s -> reminders.digest(obligation, period, recipient, late) ? 1 : 0);
                }
            }
        }
        return sent;
    }

    private Map<Long, String> names(List<DeadlineRow> rows, Obligation obligation, UnitRef issuer) {
        if (obligation.recipient() == Recipient.ISSUER) {
            return Map.of(issuer.id(), issuer.name());
        }
        List<Long> parents = rows.stream().map(DeadlineRow::parentId).distinct().toList();
        return parents.isEmpty() ? Map.of() : units.findByIdIn(parents).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
    }
}
