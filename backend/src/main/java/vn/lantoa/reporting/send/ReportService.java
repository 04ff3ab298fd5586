package vn.lantoa.reporting.send;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.LockExceptions;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportEvents;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.core.ReportVersionRepository;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.incident.Incidents;
import vn.lantoa.reporting.obligation.Applicability;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.reporting.obligation.SlotLookups;
import vn.lantoa.reporting.rollup.ChildrenTotals;
import vn.lantoa.reporting.rollup.Consolidators;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpStore;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.webhook.WebhookEventType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filling in and sending a unit's report. Drafts save whatever was typed; a send is validated, stamped by the
 * server's clock, kept as a version and rolled up. A send carries a token: the same token twice (a double click,
 * a retry after a timeout) records one submission.
 */
@Singleton
public class ReportService {

    /**
     * A send reads committed rows rather than a snapshot and takes no gap locks: with the group's lock row held,
     * the group's earlier sends are committed and seen, and sends of different groups never deadlock on the
     * index gaps between their new rows (they did under REPEATABLE READ, at 30 sends in flight).
     */
    static final io.micronaut.transaction.TransactionDefinition SENDING = sending();

    private final Applicability applicability;
    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportFormVersionRepository formVersions;
    private final Answers answers;
    private final Prefill prefill;
    private final RollUpStore rollUps;
    private final LockExceptions lockExceptions;
    private final ChildrenTotals childrenTotals;
    private final Incidents incidents;
    private final Access access;
    private final AuditLog audit;
    private final SendBatcher batcher;
    private final SlotLookups lookups;
    private final Consolidators consolidators;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final PeriodTree tree;
    private final ReportEvents events;

    ReportService(Applicability applicability, ReportRepository reports, ReportVersionRepository versions,
                  ReportFormVersionRepository formVersions, Answers answers, Prefill prefill, RollUpStore rollUps,
                  LockExceptions lockExceptions, ChildrenTotals childrenTotals, Incidents incidents, Access access, AuditLog audit,
                  SendBatcher batcher, SlotLookups lookups, Consolidators consolidators, SynchronousTransactionManager<Connection> tx,
                  Clock clock, PeriodTree tree, ReportEvents events) {
        this.events = events;
        this.consolidators = consolidators;
        this.tree = tree;
        this.batcher = batcher;
        this.lookups = lookups;
        this.incidents = incidents;
        this.childrenTotals = childrenTotals;
        this.applicability = applicability;
        this.reports = reports;
        this.versions = versions;
        this.formVersions = formVersions;
        this.answers = answers;
        this.prefill = prefill;
        this.rollUps = rollUps;
        this.lockExceptions = lockExceptions;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    private static io.micronaut.transaction.TransactionDefinition sending() {
        io.micronaut.transaction.support.DefaultTransactionDefinition d = new io.micronaut.transaction.support.DefaultTransactionDefinition(
                io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRED);
        d.setIsolationLevel(io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED);
        return d;
    }

    /**
     * The slot, when the obligation applies to the unit in the period's tree (see {@link PeriodTree}) and the period is
     * one of it; otherwise 404. The slot's unit stands where it stood in that tree: its parent then receives the report
     * and groups its numbers, so a school moved in August sends July to the Phòng it was under in July.
     */
    public Slot slot(UnitRef unit, long obligationId, String periodCode) {
        Obligation found = lookups.obligation(obligationId).orElseThrow(() -> new NotFoundException("obligation " + obligationId));
        ObligationSchedule schedule = new ObligationSchedule(found);
        Period period = schedule.parse(periodCode);
        if (period == null || !schedule.open(period, clock.instant())) {
            throw new NotFoundException("period " + periodCode);
        }
        UnitRef placed = tree.place(unit, period).orElseThrow(() -> new NotFoundException("unit " + unit.id() + " in " + periodCode));
        Obligation obligation = applicability.find(placed, obligationId).orElseThrow(() -> new NotFoundException("obligation " + obligationId));
        return new Slot(placed, obligation, schedule, period);
    }

    public Optional<Report> report(Slot slot) {
        return reports.findByUnitIdAndObligationIdAndPeriodCode(slot.unit().id(), slot.obligation().id(), slot.period().code());
    }

    /** The form a report is filled in with: the one it was sent with once sent, the current one before. */
    public ReportFormVersion formVersion(Slot slot, Report report) {
        if (report != null && report.firstSubmittedAt() != null) {
            return formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow();
        }
        return currentVersion(slot);
    }

    public FormDefinition form(ReportFormVersion version) {
        return answers.form(version);
    }

    public Map<String, String> answersOf(Report report) {
        return answers.read(report.answers());
    }

    public Map<String, String> prefilledOf(Report report) {
        return answers.read(report.prefilled());
    }

    /** What a new report starts with: the prefilled numbers of the unit's own records. */
    public Map<String, String> prefillFor(Slot slot, FormDefinition form) {
        return prefill.values(form, slot.unit().id(), slot.period());
    }

    /** The children's rolled-up numbers this unit's report can start from (none for a school). */
    public List<ChildrenTotals.Source> childrenTotals(Slot slot) {
        return slot.unit().type().mayHaveChildren() ? childrenTotals.forSlot(slot) : List.of();
    }

    /** Puts the children's totals into the fields of the same name and saves the draft; returns how many were filled. */
    public int fillFromBelow(Actor actor, Slot slot, Map<String, String> posted) {
        Report saved = saveDraft(actor, slot, posted);
        FormDefinition form = answers.form(formVersion(slot, saved));
        Map<String, String> values = answers.read(saved.answers());
        int filled = ChildrenTotals.fill(form, childrenTotals(slot), values);
        saveDraft(actor, slot, values);
        return filled;
    }

    /**
     * Saves what was typed, then takes the prefilled fields again from the period's current figures (the desk, the
     * register, the newsroom): a draft opened early in the month catches up with what happened since. Returns how many
     * fields were filled.
     */
    public int refill(Actor actor, Slot slot, Map<String, String> posted) {
        Report saved = saveDraft(actor, slot, posted);
        FormDefinition form = answers.form(formVersion(slot, saved));
        Map<String, String> fresh = prefill.values(form, slot.unit().id(), slot.period());
        Map<String, String> values = Prefill.refilled(form, answers.read(saved.answers()), fresh);
        tx.executeWrite(status -> {
            Report locked = reports.lock(slot.unit().id(), saved.id()).orElseThrow();
            reports.saveAnswers(slot.unit().id(), locked.id(), answers.write(values), answers.write(fresh), Answers.totalRows(form, values),
                    locked.formVersionId(), locked.status().name(), clock.instant(), actor.userId());
            return locked;
        });
        return fresh.size();
    }

    /** Saves what was typed, valid or not: nothing a person typed is lost. */
    public Report saveDraft(Actor actor, Slot slot, Map<String, String> posted) {
        access.require(actor, slot.unit(), Permission.FILL_REPORTS);
        return retrying(() -> tx.executeWrite(status -> {
            Report report = lockOrCreate(actor, slot);
            if (!report.status().editable()) {
                throw UserInputException.of("report", "report.notEditable");
            }
            checkOpen(slot, report.status());
            ReportFormVersion version = formVersion(slot, report);
            FormDefinition form = answers.form(version);
            Map<String, String> cleaned = Answers.clean(form, posted);
            Report.State state = report.status() == Report.State.AWAITING_SIGNOFF ? Report.State.DRAFT : report.status();
            reports.saveAnswers(slot.unit().id(), report.id(), answers.write(cleaned), report.prefilled(), Answers.totalRows(form, cleaned),
                    version.id(), state.name(), clock.instant(), actor.userId());
            return reports.findByUnitIdAndId(slot.unit().id(), report.id()).orElseThrow();
        }));
    }

    /** A reporter asks the head to sign off and send; the answers must already be valid. */
    public Report requestSignoff(Actor actor, Slot slot, Map<String, String> posted) {
        Report saved = saveDraft(actor, slot, posted);
        FormDefinition form = answers.form(formVersion(slot, saved));
        FieldErrors errors = form.validate(answers.read(saved.answers()));
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return tx.executeWrite(status -> {
            reports.saveAnswers(slot.unit().id(), saved.id(), saved.answers(), saved.prefilled(), saved.rowCount(), saved.formVersionId(),
                    Report.State.AWAITING_SIGNOFF.name(), clock.instant(), actor.userId());
            versions.save(new ReportVersion(null, slot.unit().id(), saved.id(), versions.lastNumber(slot.unit().id(), saved.id()) + 1,
                    ReportVersion.Action.SIGNOFF_REQUESTED, null, null, null, clock.instant(), actor.userId()));
            return reports.findByUnitIdAndId(slot.unit().id(), saved.id()).orElseThrow();
        });
    }

    /**
     * Sends the report. Validation errors come back next to their fields and nothing is sent (the answers are kept
     * as a draft). The server's clock decides on time or late.
     */
    public SendOutcome submit(Actor actor, Slot slot, Map<String, String> posted, String token) {
        access.require(actor, slot.unit(), Permission.FILL_REPORTS);
        if (token == null || !token.matches("^[A-Za-z0-9-]{8,64}$")) {
            throw UserInputException.of("token", "report.tokenMissing");
        }
        if (slot.obligation().requiresSignoff() && !access.can(actor, slot.unit(), Permission.SIGN_REPORTS)) {
            throw UserInputException.of("report", "report.needsSignoff");
        }
        if (batcher.takes(slot)) {
            Optional<SendOutcome> batched = sendBatched(actor, slot, posted, token);
            if (batched.isPresent()) {
                return batched.get();
            }
        }
        return retrying(() -> tx.execute(SENDING, status -> send(actor, slot, posted, token)));
    }

    /**
     * A first send (a new report or a draft) written together with the others waiting (see {@link SendBatcher});
     * empty when this send needs the one-send transaction: its period is locked, its answers have errors (reported
     * against the report's own form version there), or the batch could not take it.
     */
    private Optional<SendOutcome> sendBatched(Actor actor, Slot slot, Map<String, String> posted, String token) {
        Instant at = now();
        Instant lockedFrom = slot.schedule().lockedFrom(slot.period());
        if (lockedFrom != null && !at.isBefore(lockedFrom)) {
            return Optional.empty();
        }
        ReportFormVersion version = currentVersion(slot);
        FormDefinition form = answers.form(version);
        Map<String, String> cleaned = Answers.clean(form, posted);
        if (Answers.unknown(form, posted).hasAny() || form.validate(cleaned).hasAny()) {
            return Optional.empty();
        }
        UnitRef unit = slot.unit();
        String prefilled = answers.write(prefill.values(form, unit.id(), slot.period()));
        return batcher.send(new SendBatcher.Pending(actor, slot, form, version, cleaned, answers.write(cleaned), prefilled, signer(actor, unit), token, at,
                new java.util.concurrent.CompletableFuture<>()));
    }

    private SendOutcome send(Actor actor, Slot slot, Map<String, String> posted, String token) {
        RollUpStore.Group group = new RollUpStore.Group(slot.obligation().id(), slot.period().code(), slot.unit().parentId());
        // A report sent again whose numbers sit in another group (grouped before a move was taken into account) takes
        // that group's lock too: both groups' totals are recomputed.
        Optional<RollUpStore.Group> previous = rollUps.groupOfSent(slot);
        rollUps.lockGroups(previous.isPresent() ? List.of(group, previous.get()) : List.of(group));
        Optional<Report> existing = reports.lockSlot(slot.unit().id(), slot.obligation().id(), slot.period().code());
        return existing.isPresent() ? sendAgain(actor, slot, existing.get(), posted, token) : sendFirst(actor, slot, posted, token);
    }

    /**
     * The first send of a report nobody saved before: one insert of the report as sent, its first version, its
     * numbers, and the group's totals moved by them.
     */
    private SendOutcome sendFirst(Actor actor, Slot slot, Map<String, String> posted, String token) {
        UnitRef unit = slot.unit();
        checkOpen(slot, Report.State.DRAFT);
        ReportFormVersion version = currentVersion(slot);
        FormDefinition form = answers.form(version);
        Map<String, String> cleaned = checked(form, posted);
        Instant now = now();
        String json = answers.write(cleaned);
        Report sent = reports.save(new Report(null, unit.id(), slot.obligation().id(), slot.period().code(), slot.recipientId(), version.id(),
                Report.State.SUBMITTED, json, answers.write(prefill.values(form, unit.id(), slot.period())), Answers.totalRows(form, cleaned), now, now,
                actor.userId(), signer(actor, unit), null, null, null, 1, now, now, actor.userId(), actor.userId(), 1, null));
        versions.save(new ReportVersion(null, unit.id(), sent.id(), 1, ReportVersion.Action.SUBMITTED, json, null, token, now, actor.userId()));
        boolean late = slot.lateAt(now);
        rollUps.add(List.of(new RollUpStore.Sent(sent.id(), slot, numbers(slot, form, cleaned), !late)));
        return afterSend(actor, slot, sent, cleaned, late);
    }

    /** A send of a report that exists: a draft, one returned for correction, or the same send arriving twice. */
    private SendOutcome sendAgain(Actor actor, Slot slot, Report report, Map<String, String> posted, String token) {
        UnitRef unit = slot.unit();
        // Only a report sent before can hold a version with this token.
        if (report.revision() > 0 && versions.findByReportIdAndToken(report.id(), token).isPresent()) {
            return new SendOutcome(report, true, report.firstSubmittedAt() != null && slot.lateAt(report.firstSubmittedAt()));
        }
        if (!report.status().editable()) {
            throw UserInputException.of("report", "report.alreadySubmitted");
        }
        checkOpen(slot, report.status());
        ReportFormVersion version = formVersion(slot, report);
        FormDefinition form = answers.form(version);
        Map<String, String> cleaned = checked(form, posted);
        Instant now = now();
        String json = answers.write(cleaned);
        reports.submitAnswers(unit.id(), report.id(), json, Answers.totalRows(form, cleaned), version.id(), slot.recipientId(), now, actor.userId(),
                signer(actor, unit));
        versions.save(new ReportVersion(null, unit.id(), report.id(), versions.lastNumber(unit.id(), report.id()) + 1,
                ReportVersion.Action.SUBMITTED, json, null, token, now, actor.userId()));
        Report sent = reports.findByUnitIdAndId(unit.id(), report.id()).orElseThrow();
        boolean late = slot.lateAt(sent.firstSubmittedAt());
        RollUpStore.Sent numbers = new RollUpStore.Sent(report.id(), slot, numbers(slot, form, cleaned), !late);
        if (report.revision() > 0) {
            rollUps.replace(numbers);
        } else {
            rollUps.add(List.of(numbers));
        }
        return afterSend(actor, slot, sent, cleaned, late);
    }

    /**
     * Refuses names that are no field of the report's form: for a program's draft (the API), since a send refuses them
     * too. The page's own drafts keep dropping them: a form changed while someone typed must not lose the rest.
     */
    public void refuseUnknownFields(Slot slot, Map<String, String> posted) {
        FieldErrors unknown = Answers.unknown(answers.form(formVersion(slot, report(slot).orElse(null))), posted);
        if (unknown.hasAny()) {
            throw new UserInputException(unknown);
        }
    }

    /** The answers as the form keeps them; errors go back next to their fields and nothing is sent. */
    private static Map<String, String> checked(FormDefinition form, Map<String, String> posted) {
        Map<String, String> cleaned = Answers.clean(form, posted);
        FieldErrors errors = Answers.unknown(form, posted);
        errors.addAll(form.validate(cleaned));
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return cleaned;
    }

    /** Who signed a send: the sender, when they may sign for the unit. */
    private Long signer(Actor actor, UnitRef unit) {
        return access.can(actor, unit, Permission.SIGN_REPORTS) ? actor.userId() : null;
    }

    /** What every send does once stored: an incident's alerts, a Phòng's or Sở's basis, and the audit record. */
    private SendOutcome afterSend(Actor actor, Slot slot, Report sent, Map<String, String> cleaned, boolean late) {
        UnitRef unit = slot.unit();
        if (slot.obligation().periodType() == PeriodType.EVENT && sent.revision() == 1) {
            incidents.alert(unit, slot.obligation(), slot.period(), sent.id(), slot.recipientId(), cleaned);
        }
        if (unit.type().mayHaveChildren()) {
            reports.setBasis(unit.id(), sent.id(), childrenTotals.snapshot(childrenTotals.forSlot(slot)));
        }
        audit.record(actor, unit.id(), "report.submitted", "report", sent.id(),
                "Gửi báo cáo " + slot.obligation().title() + " - " + slot.period().label() + (late ? " (muộn)" : ""), null,
                Map.of("revision", sent.revision(), "late", late));
        boolean incident = slot.obligation().periodType() == PeriodType.EVENT && sent.revision() == 1;
        events.record(incident ? WebhookEventType.INCIDENT_OPENED : WebhookEventType.REPORT_SUBMITTED, about(slot), sent, sent.submittedAt(),
                Map.of("late", late));
        return new SendOutcome(sent, false, late);
    }

    /** What a webhook event says of the slot's report. */
    static ReportEvents.About about(Slot slot) {
        return new ReportEvents.About(slot.unit(), slot.obligation().id(), slot.obligation().title(), slot.period());
    }

    /**
     * The server's clock to the second, as the embedded MariaDB keeps it through Connector/J (README, notes for
     * developers) and as a deadline is stated: what a send returns equals what is read back later, on any engine.
     */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private ReportFormVersion currentVersion(Slot slot) {
        return lookups.currentVersion(slot.obligation().formId()).orElseThrow();
    }

    /** A send's numbers; a consolidating unit's consolidated figures go under their own keys, never into the sums. */
    private Map<String, BigDecimal> numbers(Slot slot, FormDefinition form, Map<String, String> answers) {
        return numbers(form, answers, consolidators.consolidates(slot));
    }

    /** The numbers that roll up (a unit without units below): plain (non-repeating) numeric fields with a roll-up rule. */
    static Map<String, BigDecimal> numbers(FormDefinition form, Map<String, String> answers) {
        return numbers(form, answers, false);
    }

    private static Map<String, BigDecimal> numbers(FormDefinition form, Map<String, String> answers, boolean consolidator) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (FormSection section : form.sections()) {
            if (section.repeating()) {
                continue;
            }
            for (FormField field : section.fields()) {
                if (field.rollUpOrNone() != RollUp.NONE && answers.containsKey(field.key())) {
                    BigDecimal n = FormDefinition.parseNumber(answers.get(field.key()));
                    if (n != null) {
                        boolean stated = consolidator && field.scopeIn(form) == FieldScope.CONSOLIDATED;
                        numbers.put(stated ? RollUpReads.STATED + field.key() : field.key(), n);
                    }
                }
            }
        }
        return numbers;
    }

    private Report lockOrCreate(Actor actor, Slot slot) {
        UnitRef unit = slot.unit();
        Optional<Report> existing = reports.findByUnitIdAndObligationIdAndPeriodCode(unit.id(), slot.obligation().id(), slot.period().code());
        if (existing.isPresent()) {
            return reports.lock(unit.id(), existing.get().id()).orElseThrow();
        }
        ReportFormVersion version = formVersion(slot, null);
        Map<String, String> first = prefill.values(answers.form(version), unit.id(), slot.period());
        Instant now = clock.instant();
        Report created = reports.save(new Report(null, unit.id(), slot.obligation().id(), slot.period().code(), slot.recipientId(), version.id(),
                Report.State.DRAFT, answers.write(first), answers.write(first), 0, null, null, null, null, null, null, null, 0, now, now,
                actor.userId(), actor.userId(), 0, null));
        return reports.lock(unit.id(), created.id()).orElseThrow();
    }

    /** A period locks some days after its due date; a returned report may always be corrected, and a recipient may grant more time. */
    private void checkOpen(Slot slot, Report.State state) {
        Instant lockedFrom = slot.schedule().lockedFrom(slot.period());
        Instant now = clock.instant();
        if (lockedFrom == null || now.isBefore(lockedFrom) || state == Report.State.RETURNED) {
            return;
        }
        if (!lockExceptions.allows(slot.unit().id(), slot.obligation().id(), slot.period().code(), now)) {
            throw UserInputException.of("report", "report.locked", slot.schedule().dueDate(slot.period()));
        }
    }

    /**
     * Two sends in one group may deadlock on the lock row's first insert, and two first saves of one report may both
     * insert it; the database refuses one, and it simply runs again and finds the row.
     */
    private static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= 8 || !isDeadlock(e)) {
                    throw e;
                }
                try {
                    // A short random pause, so the two sends that collided do not collide again.
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(2, 10 * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }
}
