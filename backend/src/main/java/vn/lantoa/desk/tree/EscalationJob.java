package vn.lantoa.desk.tree;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.CaseStep;
import vn.lantoa.desk.CaseStepRepository;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.StepKind;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Escalation of late cases to the level above: a case still unanswered more than N working days (lantoa.desk.escalate-after-days)
 * after its answer's deadline is put on its parent's desk ("Chuyển lên do quá hạn"). It stays its unit's to handle; the job
 * writes a transfer row (kind ESCALATED), an internal step and an audit record, once per case and parent. Runs hourly on one
 * instance (ShedLock).
 */
@Singleton
@Connectable
public class EscalationJob {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationJob.class);
    private static final int BATCH = 500;

    private final JdbcOperations jdbc;
    private final TransferRepository transfers;
    private final CaseStepRepository steps;
    private final UnitRefRepository units;
    private final AuditLog audit;
    private final SlaClock sla;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final int afterDays;

    EscalationJob(JdbcOperations jdbc, TransferRepository transfers, CaseStepRepository steps, UnitRefRepository units, AuditLog audit, SlaClock sla,
                  SchedulerLocks locks, SynchronousTransactionManager<Connection> tx, Clock clock,
                  @Value("${lantoa.desk.escalate-after-days:5}") int afterDays) {
        this.jdbc = jdbc;
        this.transfers = transfers;
        this.steps = steps;
        this.units = units;
        this.audit = audit;
        this.sla = sla;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        this.afterDays = Math.max(0, afterDays);
    }

    @Scheduled(fixedDelay = "${lantoa.desk.escalate-interval:1h}", initialDelay = "${lantoa.desk.escalate-initial-delay:10m}")
    void onSchedule() {
        locks.runExclusively("desk-escalation", Duration.ofMinutes(30), this::run);
    }

    private record Late(long caseId, long unitId, long parentId, String code, Instant answerDue) {
    }

    /** Escalates what is late now; returns how many cases were escalated. */
    public int run() {
        Instant now = clock.instant();
        // N working days span at least N calendar days: nothing due after this can be late enough yet.
        Instant cutoff = now.minus(Duration.ofDays(afterDays));
        int escalated = 0;
        long after = 0;
        while (true) {
            List<Late> batch = candidates$WithoutTenancy(cutoff, after);
            for (Late late : batch) {
                Instant threshold = sla.workingDaysAfter(late.answerDue(), afterDays);
                if (threshold.isBefore(now)) {
                    try {
                        escalated += tx.executeWrite(s -> escalate(late, now) ? 1 : 0);
                    } catch (RuntimeException e) {
                        LOG.error("Escalating case {} failed", late.caseId(), e);
                    }
                }
            }
            if (batch.size() < BATCH) {
                return escalated;
            }
            after = batch.get(batch.size() - 1).caseId();
        }
    }

    /**
     * Open, unanswered cases of every unit with a parent whose answer was due before the cutoff (the deadline kept on the
     * case, by its unit's days for its topic) and not yet escalated to that parent.
     */
    private List<Late> candidates$WithoutTenancy(Instant cutoff, long afterId) {
        String sql = "SELECT c.id, c.unit_id, u.parent_id, c.code, c.answer_due_at FROM desk_case c JOIN unit u ON u.id = c.unit_id "
                + "WHERE c.spam = FALSE AND c.status IN (" + OpenBelow.OPEN + ") AND c.answered_at IS NULL AND c.answer_due_at < ? AND c.id > ? "
                + "AND u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM desk_case_transfer t WHERE t.case_id = c.id AND t.kind = 'ESCALATED' "
                + "AND t.to_unit_id = u.parent_id) ORDER BY c.id LIMIT " + BATCH;
        return jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            ps.setLong(2, afterId);
            List<Late> late = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    late.add(new Late(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return late;
        });
    }

    private boolean escalate(Late late, Instant now) {
        // The case's row is locked and read again: it may have been answered, closed or forwarded since the batch was read.
        Boolean still = jdbc.prepareStatement("SELECT unit_id = ? AND spam = FALSE AND answered_at IS NULL AND status IN (" + OpenBelow.OPEN
                + ") FROM desk_case WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, late.unitId());
            ps.setLong(2, late.caseId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!Boolean.TRUE.equals(still) || transfers.exists(late.caseId(), TransferKind.ESCALATED.name(), late.parentId())) {
            return false;
        }
        UnitRef parent = units.findById(late.parentId()).orElseThrow();
        transfers.save(new CaseTransfer(null, late.caseId(), TransferKind.ESCALATED, late.unitId(), parent.id(), late.code(), now, null, null, null));
        steps.save(new CaseStep(null, late.unitId(), late.caseId(), StepKind.ESCALATED, now, null, null, parent.name(), false));
        audit.record(null, late.unitId(), "desk.escalated", "desk_case", late.caseId(), late.code() + " → " + parent.name(), null,
                Map.of("toUnitId", parent.id(), "afterWorkingDays", afterDays));
        return true;
    }
}
