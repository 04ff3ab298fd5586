package vn.lantoa.reporting.obligation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormCheck;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Forms and obligations an issuer sets for the units below. A form change is a new version; old reports keep theirs. */
@Singleton
public class ObligationService {

    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final ObligationRepository obligations;
    private final Answers answers;
    private final UnitGroups groups;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final SlotLookups lookups;

    ObligationService(ReportFormRepository forms, ReportFormVersionRepository versions, ObligationRepository obligations, Answers answers,
                      UnitGroups groups, Access access, AuditLog audit, Clock clock, SlotLookups lookups) {
        this.lookups = lookups;
        this.groups = groups;
        this.forms = forms;
        this.versions = versions;
        this.obligations = obligations;
        this.answers = answers;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReportForm createForm(Actor actor, UnitRef unit, FormDefinition definition) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        check(definition);
        Instant now = clock.instant();
        ReportForm form = forms.save(new ReportForm(null, unit.id(), definition.title().strip(), 1, now, now, actor.userId(), actor.userId(), null));
        versions.save(new ReportFormVersion(null, unit.id(), form.id(), 1, answers.write(definition), now, actor.userId()));
        audit.record(actor, unit.id(), "reportForm.created", "report_form", form.id(), "Tạo biểu mẫu " + form.title(), null, null);
        return form;
    }

    /** Saves the definition as the form's next version; reports already sent keep the version they were sent with. */
    @Transactional
    public ReportForm changeForm(Actor actor, UnitRef unit, long formId, FormDefinition definition) {
        return changeForm(actor, unit, formId, definition, null);
    }

    /** As above, refusing the change if it was made from another version than the current one (null: not checked). */
    @Transactional
    public ReportForm changeForm(Actor actor, UnitRef unit, long formId, FormDefinition definition, @Nullable Long madeFrom) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        ReportForm form = forms.findByUnitIdAndId(unit.id(), formId).orElseThrow(() -> new NotFoundException("form " + formId));
        if (madeFrom != null && madeFrom.longValue() != form.currentVersion()) {
            throw new StaleVersionException();
        }
        check(definition);
        Instant now = clock.instant();
        int next = form.currentVersion() + 1;
        versions.save(new ReportFormVersion(null, unit.id(), form.id(), next, answers.write(definition), now, actor.userId()));
        ReportForm changed = forms.update(new ReportForm(form.id(), form.unitId(), definition.title().strip(), next, form.createdAt(), now,
                form.createdBy(), actor.userId(), form.version()));
        audit.record(actor, unit.id(), "reportForm.changed", "report_form", form.id(), "Sửa biểu mẫu " + changed.title() + " (phiên bản " + next + ")",
                null, Map.of("version", next));
        forget(changed);
        return changed;
    }

    public FormDefinition current(ReportForm form) {
        return answers.form(versions.findByUnitIdAndFormIdAndNumber(form.unitId(), form.id(), form.currentVersion()).orElseThrow());
    }

    @Transactional
    public Obligation createObligation(Actor actor, UnitRef unit, ObligationDraft draft) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        ReportForm form = forms.findByUnitIdAndId(unit.id(), draft.formId()).orElseThrow(() -> UserInputException.of("formId", "obligation.formRequired"));
        if (draft.audience().groups().stream().anyMatch(g -> !groups.ownedBy(g, unit.id()))) {
            throw UserInputException.of("audience", "obligation.groupNotYours");
        }
        Instant now = clock.instant();
        Obligation saved = obligations.save(new Obligation(null, unit.id(), form.id(), draft.title().strip(), draft.audience().code(), draft.recipient(),
                draft.periodType(), draft.dueRule().code(), draft.moveOffDaysOff(), draft.opensDaysBefore(), draft.reminderDays(), draft.lockDays(),
                draft.escalateDays(), draft.requiresSignoff(), draft.startsOn(), true, now, now, actor.userId(), actor.userId(), null,
                draft.listedPeriods()));
        audit.record(actor, unit.id(), "obligation.created", "obligation", saved.id(), "Giao báo cáo " + saved.title(), null,
                Map.of("audience", saved.audience(), "dueRule", saved.dueRule(), "periodType", saved.periodType().name()));
        return saved;
    }

    @Transactional
    public Obligation setActive(Actor actor, UnitRef unit, long obligationId, boolean active) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        Obligation o = obligations.findByUnitIdAndId(unit.id(), obligationId).orElseThrow(() -> new NotFoundException("obligation " + obligationId));
        Obligation changed = obligations.update(new Obligation(o.id(), o.unitId(), o.formId(), o.title(), o.audience(), o.recipient(), o.periodType(),
                o.dueRule(), o.moveOffDaysOff(), o.opensDaysBefore(), o.reminderDays(), o.lockDays(), o.escalateDays(), o.requiresSignoff(),
                o.startsOn(), active, o.createdAt(), clock.instant(), o.createdBy(), actor.userId(), o.version(), o.listedPeriods()));
        audit.record(actor, unit.id(), active ? "obligation.resumed" : "obligation.stopped", "obligation", o.id(),
                (active ? "Tiếp tục" : "Dừng") + " báo cáo " + o.title(), null, null);
        forget(changed);
        return changed;
    }

    /** Closes each period this many days after its due date (null: never). */
    @Transactional
    public Obligation setLock(Actor actor, UnitRef unit, long obligationId, Integer lockDays) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        Obligation o = obligations.findByUnitIdAndId(unit.id(), obligationId).orElseThrow(() -> new NotFoundException("obligation " + obligationId));
        Obligation changed = obligations.update(new Obligation(o.id(), o.unitId(), o.formId(), o.title(), o.audience(), o.recipient(), o.periodType(),
                o.dueRule(), o.moveOffDaysOff(), o.opensDaysBefore(), o.reminderDays(), lockDays, o.escalateDays(), o.requiresSignoff(),
                o.startsOn(), o.active(), o.createdAt(), clock.instant(), o.createdBy(), actor.userId(), o.version(), o.listedPeriods()));
        audit.record(actor, unit.id(), "obligation.lock", "obligation", o.id(), "Khóa kỳ báo cáo " + o.title() + " sau hạn " + lockDays + " ngày", null, null);
        forget(changed);
        return changed;
    }

    private static void check(FormDefinition definition) {
        FieldErrors errors = FormCheck.check(definition);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
    }

    private void forget(ReportForm form) {
        lookups.forgetForm(form.id());
    }

    private void forget(Obligation obligation) {
        lookups.forgetObligation(obligation.id());
    }
}
