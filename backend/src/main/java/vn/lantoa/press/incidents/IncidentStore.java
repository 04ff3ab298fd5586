package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.press.Severity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** press_incident and its timeline, tasks and links; every query names the unit. */
@Singleton
@Connectable
class IncidentStore {

    static final String COLUMNS = "i.*, o.full_name AS owner_name FROM press_incident i LEFT JOIN app_user o ON o.id = i.owner_id ";
    /** Open first; the most severe, then the oldest first alert. */
    static final String ORDER = "ORDER BY i.status = 'OPEN' DESC, FIELD(i.severity, 'CRITICAL', 'GRAVE', 'SERIOUS', 'MINOR'), i.first_alert_at";

    record Event(long id, String kind, String body, String actorName, Instant at) {
    }

    private final Sql sql;

    IncidentStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Incident> find(long unitId, long id) {
        return sql.one("SELECT " + COLUMNS + "WHERE i.unit_id = ? AND i.id = ?", IncidentStore::incident, unitId, id);
    }

    Optional<Incident> findForUpdate(long unitId, long id) {
        return sql.one("SELECT " + COLUMNS + "WHERE i.unit_id = ? AND i.id = ? FOR UPDATE", IncidentStore::incident, unitId, id);
    }

    /** API orders: a field name, descending with a leading "-"; the list's own order when none. */
    static final java.util.Map<String, String> ORDERS = java.util.Map.of(
            "firstAlertAt", "ORDER BY i.first_alert_at, i.id", "-firstAlertAt", "ORDER BY i.first_alert_at DESC, i.id DESC",
            "updatedAt", "ORDER BY i.updated_at, i.id", "-updatedAt", "ORDER BY i.updated_at DESC, i.id DESC",
            "severity", "ORDER BY FIELD(i.severity, 'MINOR', 'SERIOUS', 'GRAVE', 'CRITICAL'), i.first_alert_at",
            "-severity", "ORDER BY FIELD(i.severity, 'CRITICAL', 'GRAVE', 'SERIOUS', 'MINOR'), i.first_alert_at");

    List<Incident> list(long unitId, int limit, int offset) {
        return list(unitId, ORDER, limit, offset);
    }

    List<Incident> list(long unitId, String order, int limit, int offset) {
        return sql.list("SELECT " + COLUMNS + "WHERE i.unit_id = ? " + order + " LIMIT ? OFFSET ?", IncidentStore::incident, unitId, limit, offset);
    }

    long count(long unitId) {
        return sql.count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ?", unitId);
    }

    long insert(long unitId, String unitPath, String code, IncidentInput.Draft d, String openedFrom, Long sourceId, Instant statementDueAt,
                Instant now, long actorId) {
        return sql.insert("INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, severity, status, summary, owner_id, "
                        + "opened_from, source_id, first_alert_at, statement_due_at, created_at, created_by, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?)", unitId, unitPath, code, d.title(), d.type(), d.severity(),
                d.summary(), d.ownerId(), openedFrom, sourceId, d.firstAlertAt(), statementDueAt, now, actorId, now);
    }

    String nextCode(long unitId, Instant now) {
        long n = sql.count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ?", unitId) + 1;
        String code;
        do {
            code = "SC-" + vn.lantoa.platform.time.VietnamTime.today(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).getYear() + "-" + n++;
        } while (sql.count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ? AND code = ?", unitId, code) > 0);
        return code;
    }

    /** Changes what a person may edit; false when someone saved first (the version moved on). */
    boolean update(long unitId, long id, long version, String title, IncidentType type, String summary, Long ownerId, Instant now) {
        return sql.update("UPDATE press_incident SET title = ?, incident_type = ?, summary = ?, owner_id = ?, updated_at = ?, version = version + 1 "
                + "WHERE unit_id = ? AND id = ? AND version = ?", title, type, summary, ownerId, now, unitId, id, version) == 1;
    }

    void severity(long unitId, long id, Severity severity, Instant now) {
        sql.update("UPDATE press_incident SET severity = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?", severity, now, unitId, id);
    }

    void firstStatement(long unitId, long id, Instant at) {
        sql.update("UPDATE press_incident SET first_statement_at = COALESCE(first_statement_at, ?), updated_at = ?, version = version + 1 "
                + "WHERE unit_id = ? AND id = ?", at, at, unitId, id);
    }

    void close(long unitId, long id, String results, String lessons, Instant now) {
        sql.update("UPDATE press_incident SET status = 'CLOSED', closed_at = ?, results = ?, lessons = ?, updated_at = ?, version = version + 1 "
                + "WHERE unit_id = ? AND id = ?", now, results, lessons, now, unitId, id);
    }

    void reopen(long unitId, long id, Instant now) {
        sql.update("UPDATE press_incident SET status = 'OPEN', closed_at = NULL, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?",
                now, unitId, id);
    }

    void touch(long unitId, long id, Instant now) {
        sql.update("UPDATE press_incident SET updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?", now, unitId, id);
    }

    void event(long unitId, long incidentId, String kind, String body, Long actorId, String actorName, Instant at) {
        sql.insert("INSERT INTO press_incident_event (unit_id, incident_id, kind, body, actor_id, actor_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                unitId, incidentId, kind, body, actorId, actorName, at);
    }

    List<Event> events(long unitId, long incidentId) {
        return sql.list("SELECT id, kind, body, actor_name, at FROM press_incident_event WHERE unit_id = ? AND incident_id = ? ORDER BY at, id",
                rs -> new Event(rs.getLong("id"), rs.getString("kind"), rs.getString("body"), rs.getString("actor_name"), Sql.instant(rs, "at")),
                unitId, incidentId);
    }

    long addTask(long unitId, long incidentId, String title, String who, Long ownerId, Instant dueAt, Instant now) {
        int position = (int) sql.count("SELECT COALESCE(MAX(position), 0) + 1 FROM press_incident_task WHERE unit_id = ? AND incident_id = ?",
                unitId, incidentId);
        return sql.insert("INSERT INTO press_incident_task (unit_id, incident_id, title, who, owner_id, due_at, position, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", unitId, incidentId, title, who, ownerId, dueAt, position, now);
    }

    List<IncidentTask> tasks(long unitId, long incidentId) {
        return sql.list("SELECT t.*, o.full_name AS owner_name, d.full_name AS done_name FROM press_incident_task t "
                        + "LEFT JOIN app_user o ON o.id = t.owner_id LEFT JOIN app_user d ON d.id = t.done_by "
                        + "WHERE t.unit_id = ? AND t.incident_id = ? ORDER BY t.due_at IS NULL, t.due_at, t.position",
                rs -> new IncidentTask(rs.getLong("id"), rs.getString("title"), rs.getString("who"), Sql.longOrNull(rs, "owner_id"), rs.getString("owner_name"),
                        Sql.instant(rs, "due_at"), Sql.instant(rs, "done_at"), rs.getString("done_name")), unitId, incidentId);
    }

    Optional<IncidentTask> task(long unitId, long incidentId, long taskId) {
        return tasks(unitId, incidentId).stream().filter(t -> t.id() == taskId).findFirst();
    }

    void taskDone(long unitId, long incidentId, long taskId, boolean done, Long actorId, Instant now) {
        sql.update("UPDATE press_incident_task SET done_at = ?, done_by = ? WHERE unit_id = ? AND incident_id = ? AND id = ?", done ? now : null,
                done ? actorId : null, unitId, incidentId, taskId);
    }

    /** False when it was already linked. */
    boolean link(long unitId, long incidentId, String kind, long refId, Instant now) {
        return sql.update("INSERT IGNORE INTO press_incident_link (unit_id, incident_id, kind, ref_id, linked_at) VALUES (?, ?, ?, ?, ?)",
                unitId, incidentId, kind, refId, now) == 1;
    }

    static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("code"), rs.getString("title"),
                IncidentType.parse(rs.getString("incident_type")), Severity.parse(rs.getString("severity")), rs.getString("status"),
                rs.getString("summary"), Sql.longOrNull(rs, "owner_id"), rs.getString("owner_name"), rs.getString("opened_from"),
                Sql.longOrNull(rs, "source_id"), Sql.instant(rs, "first_alert_at"), Sql.instant(rs, "statement_due_at"),
                Sql.instant(rs, "first_statement_at"), Sql.instant(rs, "closed_at"), rs.getString("results"), rs.getString("lessons"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
