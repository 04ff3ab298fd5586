package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;

import java.time.Instant;

/** One incident of a unit as stored (press_incident), with its owner's name. status: OPEN or CLOSED. */
public record Incident(long id, long unitId, String unitPath, String code, String title, IncidentType type, Severity severity, String status,
                       String summary, Long ownerId, String ownerName, String openedFrom, Long sourceId, Instant firstAlertAt,
                       Instant statementDueAt, Instant firstStatementAt, Instant closedAt, String results, String lessons, Instant createdAt,
                       Instant updatedAt, long version) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public StatementClock clock(Instant now) {
        return new StatementClock(statementDueAt, firstStatementAt, now);
    }
}
