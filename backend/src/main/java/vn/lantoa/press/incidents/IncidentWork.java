package vn.lantoa.press.incidents;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.SpokespersonStatements;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.press.PressSettingsReads;
import vn.lantoa.press.Severity;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Working an incident from first alert to closure. The unit's listeners (MONITOR_MEDIA) open it and work its timeline and
 * tasks; the press desk (HANDLE_PRESS) publishes its statements and closes it. Every step lands on the timeline with who
 * and when, in the transaction that makes it.
 */
@Singleton
class IncidentWork {

    static final String CLOSED_CONFLICT = "INCIDENT_CLOSED";

    private final IncidentStore store;
    private final IncidentSources sources;
    private final Playbooks playbooks;
    private final Escalation escalation;
    private final PressSettingsReads settings;
    private final SpokespersonStatements statements;
    private final Sql sql;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    IncidentWork(IncidentStore store, IncidentSources sources, Playbooks playbooks, Escalation escalation, PressSettingsReads settings,
                 SpokespersonStatements statements, Sql sql, Access access, AuditLog audit, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.playbooks = playbooks;
        this.escalation = escalation;
        this.settings = settings;
        this.statements = statements;
        this.sql = sql;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Checks what was typed, including that the owner is a member of the unit and the source is the unit's. */
    @Transactional(readOnly = true)
    IncidentInput.Draft check(UnitRef unit, IncidentInput input) {
        FieldErrors errors = new FieldErrors();
        IncidentInput.Draft d = input.validate(errors, clock.instant());
        if (d != null && d.ownerId() != null && !isMember(unit.id(), d.ownerId())) {
            errors.add("ownerId", "press.incident.owner.invalid");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    /**
     * Opens it: the statement clock starts from the first alert, the source is linked, the nearest playbook's steps become
     * tasks due so many hours after the first alert, and the units above its severity reaches are told.
     */
    @Transactional
    Incident open(Actor actor, UnitRef unit, IncidentInput.Draft d, IncidentSources.Source source) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        Instant now = clock.instant();
        Instant due = d.firstAlertAt().plus(Duration.ofHours(settings.of(unit.id()).statementHours()));
        long id = store.insert(unit.id(), unit.path(), store.nextCode(unit.id(), now), d, source == null ? "MANUAL" : source.kind().name(),
                source == null ? null : source.refId(), due, now, actor.userId());
        store.event(unit.id(), id, "OPENED", source == null ? null : source.title(), actor.userId(), actor.fullName(), now);
        if (source != null) {
            store.link(unit.id(), id, source.kind().name(), source.refId(), now);
        }
        playbooks.nearest(unit, d.type()).ifPresent(p -> {
            for (Playbook.Step s : p.steps()) {
                store.addTask(unit.id(), id, s.title(), s.who(), null, d.firstAlertAt().plus(Duration.ofHours(s.hours())), now);
            }
            store.event(unit.id(), id, "PLAYBOOK", p.title(), actor.userId(), actor.fullName(), now);
        });
        Incident opened = store.find(unit.id(), id).orElseThrow();
        escalated(actor, unit, opened, null, d.severity(), now);
        audit.record(actor, unit.id(), "press.incident.open", "press_incident", id, d.title(), null,
                Map.of("severity", d.severity().name(), "type", d.type().name(), "from", opened.openedFrom()));
        return opened;
    }

    @Transactional
    Incident update(Actor actor, UnitRef unit, long id, long version, IncidentInput.Draft d) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        Incident current = openOne(unit, id);
        Instant now = clock.instant();
        if (!store.update(unit.id(), id, version, d.title(), d.type(), d.summary(), d.ownerId(), now)) {
            throw new StaleVersionException();
        }
        store.event(unit.id(), id, "EDITED", d.title(), actor.userId(), actor.fullName(), now);
        if (d.severity() != current.severity()) {
            severity(actor, unit, id, d.severity());
        }
        return store.find(unit.id(), id).orElseThrow();
    }

    @Transactional
    void severity(Actor actor, UnitRef unit, long id, Severity to) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        Incident current = openOne(unit, id);
        if (to == current.severity()) {
            return;
        }
        Instant now = clock.instant();
        store.severity(unit.id(), id, to, now);
        store.event(unit.id(), id, "SEVERITY", current.severity().name() + ">" + to.name(), actor.userId(), actor.fullName(), now);
        if (to.levelsUp() > current.severity().levelsUp()) {
            escalated(actor, unit, store.find(unit.id(), id).orElseThrow(), current.severity(), to, now);
        }
        audit.record(actor, unit.id(), "press.incident.severity", "press_incident", id, current.title(), Map.of("severity", current.severity().name()),
                Map.of("severity", to.name()));
    }

    @Transactional
    void note(Actor actor, UnitRef unit, long id, String text) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        openOne(unit, id);
        FieldErrors errors = new FieldErrors();
        String clean = Fields.multiline(errors, "note", text, 5000);
        if (clean == null) {
            errors.add("note", "press.incident.note.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        store.event(unit.id(), id, "NOTE", clean, actor.userId(), actor.fullName(), now);
        store.touch(unit.id(), id, now);
    }

    @Transactional
    long addTask(Actor actor, UnitRef unit, long id, String title, String ownerId, String dueAt) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        openOne(unit, id);
        FieldErrors errors = new FieldErrors();
        String t = Fields.text(errors, "taskTitle", title, 300, "press.incident.task.required");
        Long owner = null;
        if (ownerId != null && !ownerId.isBlank()) {
            try {
                owner = Long.parseLong(ownerId.strip());
            } catch (NumberFormatException e) {
                owner = -1L;
            }
            if (!isMember(unit.id(), owner)) {
                errors.add("taskOwnerId", "press.incident.owner.invalid");
            }
        }
        Instant due = null;
        if (dueAt != null && !dueAt.isBlank()) {
            try {
                due = java.time.LocalDateTime.parse(dueAt.strip(), IncidentInput.FORMAT).atZone(vn.lantoa.platform.time.VietnamTime.ZONE).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                errors.add("taskDueAt", "press.incident.firstAlertAt.invalid");
            }
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        long taskId = store.addTask(unit.id(), id, t, null, owner, due, now);
        store.event(unit.id(), id, "TASK_ADDED", t, actor.userId(), actor.fullName(), now);
        store.touch(unit.id(), id, now);
        return taskId;
    }

    @Transactional
    void taskDone(Actor actor, UnitRef unit, long id, long taskId, boolean done) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        openOne(unit, id);
        IncidentTask task = store.task(unit.id(), id, taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        if (task.done() == done) {
            return;
        }
        Instant now = clock.instant();
        store.taskDone(unit.id(), id, taskId, done, actor.userId(), now);
        store.event(unit.id(), id, done ? "TASK_DONE" : "TASK_UNDONE", task.title(), actor.userId(), actor.fullName(), now);
        store.touch(unit.id(), id, now);
    }

    @Transactional
    void link(Actor actor, UnitRef unit, long id, LinkKind kind, Long refId) {
        access.require(actor, unit, Permission.MONITOR_MEDIA);
        openOne(unit, id);
        if (kind == null || refId == null || !sources.linkable(unit, kind, refId)) {
            throw UserInputException.of("ref", "press.incident.link.invalid");
        }
        Instant now = clock.instant();
        if (store.link(unit.id(), id, kind.name(), refId, now)) {
            store.event(unit.id(), id, "LINKED", kind.name() + ":" + refId, actor.userId(), actor.fullName(), now);
            store.touch(unit.id(), id, now);
        }
    }

    /** Publishes a holding statement on the unit's site; the first one stops the statement clock. */
    @Transactional
    Article statement(Actor actor, UnitRef unit, long id, String title, String text) {
        access.require(actor, unit, Permission.HANDLE_PRESS);
        openOne(unit, id);
        FieldErrors errors = new FieldErrors();
        String t = Fields.text(errors, "statementTitle", title, 300, "press.incident.statement.titleRequired");
        String body = Fields.multiline(errors, "statementText", text, 20_000);
        if (body == null) {
            errors.add("statementText", "press.incident.statement.textRequired");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Article published = statements.publish(actor, unit, t, body);
        Instant at = published.publishedAt();
        store.link(unit.id(), id, LinkKind.ARTICLE.name(), published.id(), at);
        store.firstStatement(unit.id(), id, at);
        store.event(unit.id(), id, "STATEMENT", t, actor.userId(), actor.fullName(), at);
        return published;
    }

    @Transactional
    void close(Actor actor, UnitRef unit, long id, String results, String lessons) {
        access.require(actor, unit, Permission.HANDLE_PRESS);
        Incident current = openOne(unit, id);
        FieldErrors errors = new FieldErrors();
        String r = Fields.multiline(errors, "results", results, 10_000);
        String l = Fields.multiline(errors, "lessons", lessons, 10_000);
        if (r == null) {
            errors.add("results", "press.incident.results.required");
        }
        if (l == null) {
            errors.add("lessons", "press.incident.lessons.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        store.close(unit.id(), id, r, l, now);
        store.event(unit.id(), id, "CLOSED", r, actor.userId(), actor.fullName(), now);
        audit.record(actor, unit.id(), "press.incident.close", "press_incident", id, current.title(), Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
    }

    @Transactional
    void reopen(Actor actor, UnitRef unit, long id) {
        access.require(actor, unit, Permission.HANDLE_PRESS);
        Incident current = store.findForUpdate(unit.id(), id).orElseThrow(() -> new NotFoundException("incident " + id));
        if (current.open()) {
            return;
        }
        Instant now = clock.instant();
        store.reopen(unit.id(), id, now);
        store.event(unit.id(), id, "REOPENED", null, actor.userId(), actor.fullName(), now);
        audit.record(actor, unit.id(), "press.incident.reopen", "press_incident", id, current.title(), Map.of("status", "CLOSED"), Map.of("status", "OPEN"));
    }

    private void escalated(Actor actor, UnitRef unit, Incident incident, Severity before, Severity to, Instant now) {
        List<String> told = escalation.tell(unit, incident, before, to);
        if (!told.isEmpty()) {
            store.event(unit.id(), incident.id(), "ESCALATED", String.join(", ", told), actor.userId(), actor.fullName(), now);
        }
    }

    /** The unit's incident, locked for the change; a closed one takes no more work until it is reopened (409). */
    private Incident openOne(UnitRef unit, long id) {
        Incident i = store.findForUpdate(unit.id(), id).orElseThrow(() -> new NotFoundException("incident " + id));
        if (!i.open()) {
            throw new ConflictException(CLOSED_CONFLICT, "press.incident.closedConflict");
        }
        return i;
    }

    boolean isMember(long unitId, long userId) {
        return sql.count("SELECT COUNT(*) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.user_id = ? AND u.status = 'ACTIVE'",
                unitId, userId) > 0;
    }

    @Transactional(readOnly = true)
    List<vn.lantoa.platform.web.Option> members(long unitId) {
        return sql.list("SELECT DISTINCT u.id, u.full_name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND u.status = 'ACTIVE' "
                + "ORDER BY u.full_name", rs -> new vn.lantoa.platform.web.Option(String.valueOf(rs.getLong(1)), rs.getString(2)), unitId);
    }
}
