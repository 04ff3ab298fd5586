package vn.lantoa.press.incidents;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident desk as a program writes to it (the demo data): the same checks and services as the pages, with the
 * fields as text. Times stay the service's (now); a caller that tells a past story dates it afterwards.
 */
@Singleton
public class IncidentSeeds {

    private final IncidentWork work;
    private final IncidentStore store;
    private final IncidentSources sources;
    private final Playbooks playbooks;
    private final Sql sql;

    IncidentSeeds(IncidentWork work, IncidentStore store, IncidentSources sources, Playbooks playbooks, Sql sql) {
        this.work = work;
        this.store = store;
        this.sources = sources;
        this.playbooks = playbooks;
        this.sql = sql;
    }

    /** steps and calls one a line, "what | who | hours" and "name | role | phone". */
    public long playbook(Actor actor, UnitRef unit, String type, String title, String steps, String calls, String draftStatement) {
        FieldErrors errors = new FieldErrors();
        PlaybookInput.Draft d = new PlaybookInput(type, title, steps, calls, draftStatement, null).validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return playbooks.save(actor, unit, null, null, d);
    }

    /** from: RAPID_REPORT, CLIPPING, CASE (with ref) or null for one opened by hand. */
    public long open(Actor actor, UnitRef unit, String title, String type, String severity, Long ownerId, String summary, Instant firstAlertAt,
                     String from, Long ref) {
        IncidentSources.Source source = from == null ? null : sources.source(unit, LinkKind.valueOf(from), ref).orElseThrow();
        IncidentInput input = new IncidentInput(title, type, severity, ownerId == null ? null : String.valueOf(ownerId), summary,
                IncidentInput.show(firstAlertAt), from, ref == null ? null : String.valueOf(ref));
        return work.open(actor, unit, work.check(unit, input), source).id();
    }

    public void note(Actor actor, UnitRef unit, long incidentId, String text) {
        work.note(actor, unit, incidentId, text);
    }

    public long task(Actor actor, UnitRef unit, long incidentId, String title, Long ownerId) {
        return work.addTask(actor, unit, incidentId, title, ownerId == null ? null : String.valueOf(ownerId), null);
    }

    /** The incident's tasks in the order the page shows them (by due time). */
    @Transactional(readOnly = true)
    public List<Long> tasks(UnitRef unit, long incidentId) {
        return store.tasks(unit.id(), incidentId).stream().map(IncidentTask::id).toList();
    }

    public void done(Actor actor, UnitRef unit, long incidentId, long taskId) {
        work.taskDone(actor, unit, incidentId, taskId, true);
    }

    /** Publishes a holding statement; its article's id. */
    public long statement(Actor actor, UnitRef unit, long incidentId, String title, String text) {
        return work.statement(actor, unit, incidentId, title, text).id();
    }

    public void close(Actor actor, UnitRef unit, long incidentId, String results, String lessons) {
        work.close(actor, unit, incidentId, results, lessons);
    }

    /** A clipping of a unit at or below {@code path} with this exact title (the monitoring desk's), as {unit id, clipping id}. */
    @Transactional(readOnly = true)
    /** The clipping with this title at or below the unit, the highest unit's first (a copy sent up is the Sở's own). */
    public Optional<long[]> clipping(String path, String title) {
        return sql.one("SELECT c.unit_id, c.id FROM press_clipping c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE ? AND c.title = ? ORDER BY u.depth, c.id LIMIT 1",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, path + "%", title);
    }
}
