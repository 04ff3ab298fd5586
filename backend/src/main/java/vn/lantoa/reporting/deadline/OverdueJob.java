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
import vn.lantoa.reporting.core.ReportEvents;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.webhook.WebhookEvent;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Notices the reports not sent by their deadline and tells webhooks (report.overdue), once per unit and period however
 * often it runs and on however many instances: the event's key is unique. Looks at the last three periods of every active
 * obligation with periods, every few minutes, on one instance at a time.
 */
@Singleton
public class OverdueJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);
    private static final int PERIODS = 3;
    private static final int UNITS_PER_READ = 1000;

    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final DeadlineBoard board;
    private final ReportEvents events;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;

    OverdueJob(ObligationRepository obligations, UnitRefRepository units, DeadlineBoard board, ReportEvents events, SchedulerLocks locks,
               SynchronousTransactionManager<Connection> tx, Clock clock) {
        this.obligations = obligations;
        this.units = units;
        this.board = board;
        this.events = events;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.reporting.overdue-interval:5m}", initialDelay = "${lantoa.reporting.overdue-initial-delay:1m}")
    void onSchedule() {
        locks.runExclusively("report-overdue", Duration.ofMinutes(30), this::run);
    }

    /** Tells what became overdue since the last run; returns how many reports. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DueRule.VIETNAM);
        int told = 0;
        for (Obligation obligation : obligations.findAllActive$WithoutTenancy()) {
            if (obligation.periodType() == PeriodType.EVENT) {
                continue;
            }
            try {
                told += tell(obligation, today, now);
            } catch (RuntimeException e) {
                LOG.error("Overdue reports of obligation {} not told", obligation.id(), e);
            }
        }
        return told;
    }

    private int tell(Obligation obligation, LocalDate today, Instant now) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        UnitRef issuer = units.findById(obligation.unitId()).orElseThrow();
        int told = 0;
        for (Period period : schedule.recent(today, PERIODS)) {
            Instant lateFrom = schedule.lateFrom(period);
            if (now.isBefore(lateFrom)) {
                continue;
            }
            List<DeadlineRow> overdue = board.allExpected(obligation, issuer, period).stream()
                    .filter(r -> r.status() == ReportStatus.OVERDUE).toList();
            for (int from = 0; from < overdue.size(); from += UNITS_PER_READ) {
                List<DeadlineRow> chunk = overdue.subList(from, Math.min(overdue.size(), from + UNITS_PER_READ));
                Map<Long, UnitRef> refs = units.findByIdIn(chunk.stream().map(DeadlineRow::unitId).toList()).stream()
                        .collect(Collectors.toMap(UnitRef::id, Function.identity()));
                List<WebhookEvent> late = new ArrayList<>();
                for (DeadlineRow row : chunk) {
                    UnitRef unit = refs.get(row.unitId());
                    if (unit != null) {
                        long recipient = obligation.recipient() == Recipient.PARENT ? row.parentId() : issuer.id();
                        late.add(events.overdue(new ReportEvents.About(unit, obligation.id(), obligation.title(), period),
                                schedule.dueDate(period), lateFrom, recipient, now));
                    }
                }
                told += tx.executeWrite(status -> events.recordOnce(late));
            }
        }
        return told;
    }
}
