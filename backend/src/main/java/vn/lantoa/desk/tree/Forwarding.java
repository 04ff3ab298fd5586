package vn.lantoa.desk.tree;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.CaseCodes;
import vn.lantoa.desk.CaseDeadlines;
import vn.lantoa.desk.CasePaths;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.CaseStep;
import vn.lantoa.desk.CaseStepRepository;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.StepKind;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forwarding a case to another unit of the tree: up to the parent, or down to a unit below. The case keeps its id, its
 * follow link, every step and the citizen's files, and lands in the receiving unit's queue as new (channel "forwarded"); the sender keeps a
 * transfer row to see where it went. Its code stays, unless the receiving unit already has a case with that code: then it
 * gets a new one, and the step says so.
 */
@Singleton
public class Forwarding {

    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final TransferRepository transfers;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseDeadlines deadlines;
    private final CasePaths paths;

    Forwarding(DeskCaseRepository cases, CaseStepRepository steps, TransferRepository transfers, AuditLog audit, Clock clock,
               CaseDeadlines deadlines, CasePaths paths) {
        this.deadlines = deadlines;
        this.paths = paths;
        this.cases = cases;
        this.steps = steps;
        this.transfers = transfers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case as it stands in the receiving unit. 404 when not the sender's, 409 when closed or spam. */
    @Transactional
    public DeskCase forward(Actor actor, UnitRef from, long caseId, UnitRef to, String reason) {
        DeskCase c = cases.findForUpdate(from.id(), caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        if (c.status() == CaseStatus.DA_DONG || c.spam()) {
            throw new ConflictException("CASE_CLOSED", "desk.conflict.closed");
        }
        Instant now = clock.instant();
        String code = c.code();
        while (cases.existsByUnitIdAndCode(to.id(), code)) {
            code = CaseCodes.next(c.receivedAt());
        }
        boolean up = to.isAncestorOf(from);
        // Sent up, the case names the school it came from, as a citizen writing to the Phòng would have.
        Long concerned = up && c.concernedUnitId() == null ? Long.valueOf(from.id()) : c.concernedUnitId();
        transfers.moveCase(c.id(), from.id(), to.id(), code, concerned, now);
        paths.place(to.id(), c.id());
        transfers.moveSteps(c.id(), from.id(), to.id());
        transfers.moveAttachments(c.id(), from.id(), to.id());
        // Still counted from when the citizen wrote in, by the days the receiving unit gives the topic.
        deadlines.reckon(to.id(), c.id());
        String detail = from.name() + " → " + to.name() + (code.equals(c.code()) ? "" : " (" + c.code() + " → " + code + ")") + "\n" + reason;
        steps.save(new CaseStep(null, to.id(), c.id(), StepKind.FORWARDED, now, actor.userId(), actor.fullName(), detail, true));
        transfers.save(new CaseTransfer(null, c.id(), TransferKind.FORWARDED, from.id(), to.id(), c.code(), now, reason, actor.userId(),
                actor.fullName()));
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("unitId", from.id());
        was.put("code", c.code());
        was.put("status", c.status().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", to.id());
        after.put("code", code);
        after.put("status", CaseStatus.MOI.name());
        after.put("reason", reason);
        audit.record(actor, from.id(), "desk.forwarded", "desk_case", c.id(), c.code() + " → " + to.name(), was, after);
        audit.record(actor, to.id(), "desk.forwarded", "desk_case", c.id(), code + " ← " + from.name(), was, after);
        return cases.findByUnitIdAndId(to.id(), c.id()).orElseThrow();
    }
}
