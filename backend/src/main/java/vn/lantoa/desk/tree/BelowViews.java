package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The open cases below a unit as the API shows them to the unit above: counts, the cases oldest first, one case read-only. The
 * citizen's name, phone and email come masked ("N***", "09******78", "h***@example.vn") unless personalDataShown.
 */
final class BelowViews {

    private BelowViews() {
    }

    /** Open cases by calendar days since the citizen wrote: under 3, 3 to 10, 10 to 30, over 30. */
    @Serdeable
    record AgeCounts(long under3Days, long from3To10Days, long from10To30Days, long over30Days) {

        static AgeCounts of(long[] bands) {
            return new AgeCounts(bands[0], bands[1], bands[2], bands[3]);
        }
    }

    /** A unit directly below the scope, with the open cases of its whole subtree; hasUnitsBelow: it can be the scope of a narrower read. */
    @Serdeable
    record UnitCount(long unitId, String unitName, boolean hasUnitsBelow, long total, AgeCounts byAge) {
    }

    @Serdeable
    record TopicCount(String topic, String label, long count) {
    }

    /**
     * scopeUnitId: the unit below whose subtree is counted (the unit itself when none was asked); escalated: open cases escalated to
     * this unit for being late (whatever the scope and topic).
     */
    @Serdeable
    record Counts(long unitId, long scopeUnitId, String scopeUnitName, @Nullable String topic, long total, AgeCounts byAge, List<UnitCount> units,
                  List<TopicCount> topics, long escalated) {
    }

    /** due: the deadline running now (acknowledge, then answer); escalatedAt: when it was put on this unit's desk for being late. */
    @Serdeable
    record CaseBelow(long id, long unitId, String unitName, String code, String topic, String status, String channel, Instant receivedAt,
                     String excerpt, Instant due, boolean overdue, @Nullable Instant escalatedAt, boolean anonymous, boolean personalDataShown,
                     @Nullable String citizenName, @Nullable String citizenPhone, @Nullable String citizenEmail) {
    }

    /** One step of the case's history; detail only when personalDataShown (the handling unit's notes and the citizen's words). */
    @Serdeable
    record Step(String kind, Instant at, @Nullable String detail) {
    }

    /** A move along the tree; reason only when personalDataShown. */
    @Serdeable
    record Move(String kind, long fromUnitId, String fromUnitName, long toUnitId, String toUnitName, Instant at, @Nullable String reason) {
    }

    /** slaClock: ACKNOWLEDGE or ANSWER while the case is open, with its deadline and whether it has passed. */
    @Serdeable
    record CaseBelowView(long id, long unitId, String unitName, String code, String topic, String status, String channel, Instant receivedAt,
                         @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt, @Nullable Instant closedAt, String message,
                         @Nullable String slaClock, @Nullable Instant due, boolean overdue, boolean anonymous, boolean personalDataShown,
                         @Nullable String citizenName, @Nullable String citizenPhone, @Nullable String citizenEmail, List<Step> steps,
                         List<Move> transfers) {
    }
}
