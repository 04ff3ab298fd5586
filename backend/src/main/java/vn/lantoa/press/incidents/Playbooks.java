package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playbooks a unit works with: its own and those of the units above it (a Sở's playbook is for every school below).
 * The nearest one for a type wins: the unit's own, else its parent's, and so on up (one query on the paths).
 */
@Singleton
class Playbooks {

    private static final String SELECT = "SELECT p.*, u.name AS unit_name FROM press_playbook p JOIN unit u ON u.id = p.unit_id ";

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    Playbooks(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's own and its parents', nearest first within each type. */
    @Transactional(readOnly = true)
    List<Playbook> visible(UnitRef unit) {
        List<Playbook> found = sql.list(SELECT + "WHERE ? LIKE CONCAT(p.unit_path, '%') ORDER BY p.incident_type, LENGTH(p.unit_path) DESC",
                this::shallow, unit.path());
        return found.stream().map(this::withSteps).toList();
    }

    @Transactional(readOnly = true)
    Optional<Playbook> nearest(UnitRef unit, IncidentType type) {
        return sql.one(SELECT + "WHERE p.incident_type = ? AND ? LIKE CONCAT(p.unit_path, '%') ORDER BY LENGTH(p.unit_path) DESC LIMIT 1",
                this::shallow, type, unit.path()).map(this::withSteps);
    }

    /** One the unit may read: its own or a parent's. */
    @Transactional(readOnly = true)
    Optional<Playbook> readable(UnitRef unit, long id) {
        return sql.one(SELECT + "WHERE p.id = ? AND ? LIKE CONCAT(p.unit_path, '%')", this::shallow, id, unit.path()).map(this::withSteps);
    }

    @Transactional
    long save(Actor actor, UnitRef unit, Long id, Long version, PlaybookInput.Draft d) {
        Instant now = clock.instant();
        Long other = sql.one("SELECT id FROM press_playbook WHERE unit_id = ? AND incident_type = ?", rs -> rs.getLong(1), unit.id(), d.type()).orElse(null);
        if (other != null && !other.equals(id)) {
            throw UserInputException.of("type", "press.playbook.type.taken");
        }
        long playbookId;
        if (id == null) {
            playbookId = sql.insert("INSERT INTO press_playbook (unit_id, unit_path, incident_type, title, draft_statement, created_at, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", unit.id(), unit.path(), d.type(), d.title(), d.draftStatement(), now, now, actor.userId());
        } else {
            int changed = sql.update("UPDATE press_playbook SET incident_type = ?, title = ?, draft_statement = ?, updated_at = ?, updated_by = ?, "
                            + "version = version + 1 WHERE unit_id = ? AND id = ? AND version = ?", d.type(), d.title(), d.draftStatement(), now,
                    actor.userId(), unit.id(), id, version);
            if (changed != 1) {
                throw new StaleVersionException();
            }
            playbookId = id;
            sql.update("DELETE FROM press_playbook_step WHERE unit_id = ? AND playbook_id = ?", unit.id(), id);
        }
        int n = 0;
        for (Playbook.Step s : d.steps()) {
            sql.update("INSERT INTO press_playbook_step (unit_id, playbook_id, position, kind, title, who, hours) VALUES (?, ?, ?, 'STEP', ?, ?, ?)",
                    unit.id(), playbookId, n++, s.title(), s.who(), s.hours());
        }
        n = 0;
        for (Playbook.Call c : d.calls()) {
            sql.update("INSERT INTO press_playbook_step (unit_id, playbook_id, position, kind, title, who, phone) VALUES (?, ?, ?, 'CALL', ?, ?, ?)",
                    unit.id(), playbookId, n++, c.name(), c.role(), c.phone());
        }
        audit.record(actor, unit.id(), id == null ? "press.playbook.create" : "press.playbook.update", "press_playbook", playbookId, d.title(), null,
                Map.of("type", d.type().name(), "steps", d.steps().size(), "calls", d.calls().size()));
        return playbookId;
    }

    private Playbook shallow(ResultSet rs) throws SQLException {
        return new Playbook(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), IncidentType.parse(rs.getString("incident_type")),
                rs.getString("title"), rs.getString("draft_statement"), List.of(), List.of(), rs.getLong("version"));
    }

    private Playbook withSteps(Playbook p) {
        List<Playbook.Step> steps = new ArrayList<>();
        List<Playbook.Call> calls = new ArrayList<>();
        sql.list("SELECT kind, title, who, hours, phone FROM press_playbook_step WHERE unit_id = ? AND playbook_id = ? ORDER BY kind, position", rs -> {
            if ("STEP".equals(rs.getString(1))) {
                steps.add(new Playbook.Step(rs.getString(2), rs.getString(3), rs.getInt(4)));
            } else {
                calls.add(new Playbook.Call(rs.getString(2), rs.getString(3), rs.getString(5)));
            }
            return null;
        }, p.unitId(), p.id());
        return new Playbook(p.id(), p.unitId(), p.unitName(), p.type(), p.title(), p.draftStatement(), steps, calls, p.version());
    }
}
