package vn.lantoa.desk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The officer's steps on a case. Each locks the case's row, checks that its state allows the step (409 otherwise, so two
 * officers clicking at once do not answer twice), writes a history step and an audit record in the same transaction.
 */
@Singleton
public class CaseHandling {

    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final DeskMails mails;
    private final Clock clock;
    private final CaseEvents events;

    CaseHandling(DeskCaseRepository cases, CaseStepRepository steps, AuditLog audit, MailOutbox outbox, DeskMails mails, Clock clock,
                 CaseEvents events) {
        this.cases = cases;
        this.steps = steps;
        this.audit = audit;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void acknowledge(Actor actor, long unitId, long caseId) {
        DeskCase c = locked(unitId, caseId);
        if (c.status() != CaseStatus.MOI || c.spam()) {
            throw new ConflictException("CASE_NOT_NEW", "desk.conflict.state");
        }
        Instant now = clock.instant();
        save(actor, c, c.withHandling(CaseStatus.DA_TIEP_NHAN, false, c.assigneeId(), now, null, null, null, null, now), StepKind.ACKNOWLEDGED, null);
    }

    @Transactional
    public void assign(Actor actor, long unitId, long caseId, long assigneeId, String assigneeName) {
        DeskCase c = open(unitId, caseId);
        Instant now = clock.instant();
        Instant acknowledged = c.acknowledgedAt() == null ? now : c.acknowledgedAt();
        CaseStatus status = c.status() == CaseStatus.DA_TRA_LOI ? c.status() : CaseStatus.DANG_XU_LY;
        save(actor, c, c.withHandling(status, false, assigneeId, acknowledged, c.answeredAt(), null, c.answerText(), null, now), StepKind.ASSIGNED,
                assigneeName);
    }

    @Transactional
    public void note(Actor actor, long unitId, long caseId, String text) {
        DeskCase c = locked(unitId, caseId);
        Instant now = clock.instant();
        steps.save(new CaseStep(null, unitId, c.id(), StepKind.NOTE, now, actor.userId(), actor.fullName(), text, false));
        audit.record(actor, unitId, "desk.note", "desk_case", c.id(), c.code(), null, null);
    }

    @Transactional
    public void answer(Actor actor, long unitId, long caseId, String text, String unitName) {
        DeskCase c = open(unitId, caseId);
        if (c.answeredAt() != null) {
            throw new ConflictException("CASE_ALREADY_ANSWERED", "desk.conflict.answered");
        }
        Instant now = clock.instant();
        Instant acknowledged = c.acknowledgedAt() == null ? now : c.acknowledgedAt();
        DeskCase answered = save(actor, c, c.withHandling(CaseStatus.DA_TRA_LOI, false, c.assigneeId(), acknowledged, now, null, text, null, now),
                StepKind.ANSWERED, text);
        if (answered.citizenEmail() != null) {
            outbox.enqueue(mails.answered(answered, unitName));
        }
        events.answered(answered, now);
    }

    @Transactional
    public void close(Actor actor, long unitId, long caseId, String result) {
        DeskCase c = open(unitId, caseId);
        Instant now = clock.instant();
        save(actor, c, c.withHandling(CaseStatus.DA_DONG, false, c.assigneeId(), c.acknowledgedAt(), c.answeredAt(), now, c.answerText(), result, now),
                StepKind.CLOSED, result);
    }

    @Transactional
    public void spam(Actor actor, long unitId, long caseId) {
        DeskCase c = open(unitId, caseId);
        Instant now = clock.instant();
        save(actor, c, c.withHandling(CaseStatus.DA_DONG, true, c.assigneeId(), c.acknowledgedAt(), c.answeredAt(), now, c.answerText(), null, now),
                StepKind.SPAM, null);
    }

    /**
     * Asks the citizen for more. The follow link's token is only stored as a hash, so the first link cannot be mailed
     * again: when the citizen gave an address, a new token is issued, its hash replaces the old one and the mail
     * carries the new link. The old link then stops working; keeping it would mean a second hash column (or the token
     * in clear) for a link whose holder gets the new one in the same mailbox. Without an address nothing can reach
     * the citizen, so the token stays as it was and the question waits on the follow page they already have.
     * Returns the new token, or null when none was issued.
     */
    @Transactional
    String requestInfo(Actor actor, long unitId, long caseId, String question, String unitName, Function<String, String> followLink) {
        DeskCase c = open(unitId, caseId);
        if (c.answeredAt() != null) {
            throw new ConflictException("desk.conflict.answered");
        }
        if (c.status() == CaseStatus.CHO_BO_SUNG) {
            throw new ConflictException("desk.conflict.waiting");
        }
        Instant now = clock.instant();
        Instant acknowledged = c.acknowledgedAt() == null ? now : c.acknowledgedAt();
        DeskCase asked = c.withHandling(CaseStatus.CHO_BO_SUNG, false, c.assigneeId(), acknowledged, null, null, null, null, now);
        String token = null;
        if (c.citizenEmail() != null) {
            token = SecretTokens.newToken();
            asked = asked.withFollowTokenHash(SecretTokens.sha256(token));
        }
        DeskCase saved = save(actor, c, asked, StepKind.INFO_REQUESTED, question);
        if (token != null) {
            outbox.enqueue(mails.infoRequested(saved, unitName, question, followLink.apply(token)));
        }
        return token;
    }

    /** The citizen's reply through the follow link: a step they and the officer read, and the case back in the officer's hands. */
    @Transactional
    void citizenReplied(long unitId, long caseId, String reply) {
        DeskCase c = locked(unitId, caseId);
        if (c.status() != CaseStatus.CHO_BO_SUNG || c.spam()) {
            throw new ConflictException("desk.conflict.notWaiting");
        }
        Instant now = clock.instant();
        cases.update(c.withHandling(CaseStatus.DANG_XU_LY, false, c.assigneeId(), c.acknowledgedAt(), c.answeredAt(), c.closedAt(), c.answerText(),
                c.result(), now));
        steps.save(new CaseStep(null, unitId, c.id(), StepKind.CITIZEN_REPLIED, now, null, null, reply, true));
        audit.record(null, unitId, "desk.citizen_replied", "desk_case", c.id(), c.code(), Map.of("status", c.status().name()),
                Map.of("status", CaseStatus.DANG_XU_LY.name()));
    }

    private DeskCase locked(long unitId, long caseId) {
        return cases.findForUpdate(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private DeskCase open(long unitId, long caseId) {
        DeskCase c = locked(unitId, caseId);
        if (c.status() == CaseStatus.DA_DONG || c.spam()) {
            throw new ConflictException("CASE_CLOSED", "desk.conflict.closed");
        }
        return c;
    }

    private DeskCase save(Actor actor, DeskCase before, DeskCase after, StepKind kind, String detail) {
        DeskCase saved = cases.update(after);
        steps.save(new CaseStep(null, before.unitId(), before.id(), kind, after.updatedAt(), actor.userId(), actor.fullName(), detail,
                kind.shownToCitizen()));
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("status", before.status().name());
        was.put("assigneeId", before.assigneeId());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", after.status().name());
        now.put("assigneeId", after.assigneeId());
        now.put("spam", after.spam());
        audit.record(actor, before.unitId(), "desk." + kind.name().toLowerCase(java.util.Locale.ROOT), "desk_case", before.id(), before.code(), was, now);
        return saved;
    }
}
