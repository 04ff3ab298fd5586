package vn.lantoa.press.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The board below as the API shows it: the counts, and one page of the open incidents. */
final class BoardViews {

    private BoardViews() {
    }

    @Serdeable
    record SeverityCounts(long minor, long serious, long grave, long critical) {
    }

    /** A unit directly below the scope with the open incidents of its subtree; hasUnitsBelow: it can be the scope of a narrower read. */
    @Serdeable
    record UnitCount(long unitId, String unitName, boolean hasUnitsBelow, long total, SeverityCounts bySeverity) {
    }

    /**
     * statementClock: DUE (running), LATE (passed, no statement), MADE or MADE_LATE (first statement within or after the clock);
     * href: the incident's page, in its own unit.
     */
    @Serdeable
    record IncidentBelow(long id, long unitId, String unitName, String code, String title, String type, String severity, @Nullable String ownerName,
                         Instant firstAlertAt, long ageMinutes, Instant statementDueAt, @Nullable Instant firstStatementAt, String statementClock,
                         String href) {
    }

    /** total: every open incident below that the filters match; bySeverity and units leave the severity filter out. */
    @Serdeable
    record Counts(long unitId, long scopeUnitId, @Nullable String severity, @Nullable String type, long total, SeverityCounts bySeverity,
                  List<UnitCount> units) {
    }
}
