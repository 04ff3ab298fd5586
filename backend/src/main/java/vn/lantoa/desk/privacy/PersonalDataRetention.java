package vn.lantoa.desk.privacy;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.CaseStep;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.StepKind;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Erases citizens' personal data N months after a case was closed (lantoa.desk.retention-months, default 24): name,
 * phone, email, the hashes of the address they wrote from, of the follow link and of the message, and every free text
 * that may name someone (the message, the answer, the result, the notes, the questions and replies of the history) is
 * replaced by {@link PersonalDataEraser#ERASED_TEXT}; the {@link PersonalDataEraser}s erase what other parts keep
 * (attachments, transfer reasons, the Q&A reviewer's list of what was stripped). The case stays for the statistics:
 * topic, channel, unit, status, dates, and its history as steps without their texts, with a step "Đã xoá dữ liệu cá
 * nhân" and an audit record. Runs hourly on one instance; a case is erased once (desk_case.erased_at).
 */
@Singleton
public class PersonalDataRetention {

    public static final String ERASED = "desk.personal_data.erased";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);
    private static final int BATCH = 200;
    private static final String ERASED_HASH = SecretTokens.sha256(PersonalDataEraser.ERASED_TEXT);

    private final RetentionCases cases;
    private final ErasureSteps steps;
    private final AuditLog audit;
    private final List<PersonalDataEraser> erasers;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final int months;

    PersonalDataRetention(RetentionCases cases, ErasureSteps steps, AuditLog audit, List<PersonalDataEraser> erasers, SchedulerLocks locks,
                          SynchronousTransactionManager<Connection> tx, Clock clock, @Value("${lantoa.desk.retention-months:24}") int months) {
        this.cases = cases;
        this.steps = steps;
        this.audit = audit;
        this.erasers = erasers;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        // Less than a month would erase a case's contact details while the citizen may still be writing back.
        this.months = Math.max(1, months);
    }

    @Scheduled(fixedDelay = "${lantoa.desk.retention-interval:1h}", initialDelay = "${lantoa.desk.retention-initial-delay:3m}")
    void onSchedule() {
        locks.runExclusively("desk-retention", Duration.ofMinutes(30), this::run);
    }

    public int months() {
        return months;
    }

    /** The moment before which a case must have been closed for its personal data to go, in Vietnam's calendar months. */
    public Instant cutoff(Instant now) {
        return ZonedDateTime.ofInstant(now, VietnamTime.ZONE).minusMonths(months).toInstant();
    }

    /** Erases what is due now; returns how many cases were anonymised. */
    public int run() {
        Instant now = clock.instant();
        Instant cutoff = cutoff(now);
        int erased = 0;
        while (true) {
            List<DeskCase> due = cases.dueForErasure$WithoutTenancy(cutoff, BATCH);
            int before = erased;
            for (DeskCase c : due) {
                try {
                    erased += tx.executeWrite(status -> erase(c.unitId(), c.id(), cutoff, now));
                } catch (RuntimeException e) {
                    LOG.error("Erasing the personal data of case {} failed", c.id(), e);
                }
            }
            // A batch where nothing could be erased would come back the same: stop and try again on the next run.
            if (due.size() < BATCH || erased == before) {
                return erased;
            }
        }
    }

    private int erase(long unitId, long caseId, Instant cutoff, Instant now) {
        DeskCase c = cases.findForUpdate(unitId, caseId).orElse(null);
        if (c == null || c.closedAt() == null || !c.closedAt().isBefore(cutoff)) {
            return 0;
        }
        for (PersonalDataEraser eraser : erasers) {
            eraser.erase(c);
        }
        cases.erase(unitId, caseId, PersonalDataEraser.ERASED_TEXT, ERASED_HASH, VietnameseText.fold(c.code()), now);
        steps.eraseTexts(unitId, caseId, PersonalDataEraser.ERASED_TEXT);
        // A case the job erased before it erased texts too has its step already.
        if (!steps.existsByUnitIdAndCaseIdAndKind(unitId, caseId, StepKind.PERSONAL_DATA_ERASED)) {
            steps.save(new CaseStep(null, unitId, caseId, StepKind.PERSONAL_DATA_ERASED, now, null, null, null, false));
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("closedAt", c.closedAt().toString());
        what.put("retentionMonths", months);
        audit.record(null, unitId, ERASED, "desk_case", caseId, c.code(), null, what);
        return 1;
    }
}
