package vn.lantoa.desk.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.desk.CaseStep;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.StepKind;
import vn.lantoa.desk.tree.CaseMoves;

import java.time.Instant;
import java.util.List;

/**
 * Cases as the API shows them. The citizen's name, phone and email only to the unit's desk roles (personalDataShown);
 * everyone else who may read the unit's work reads the case without them, and without the officers' internal notes.
 */
final class CaseViews {

    private CaseViews() {
    }

    /** The SLA clock that runs now: ACKNOWLEDGE until the case is acknowledged, then ANSWER; secondsLeft below 0 when overdue. */
    @Serdeable
    record SlaView(String clock, Instant due, long secondsLeft, boolean overdue) {
    }

    @Serdeable
    record CaseSummary(long id, String code, String channel, String topic, String status, boolean spam, @Nullable Long concernedUnitId,
                       @Nullable Long assigneeId, @Nullable String assigneeName, boolean anonymous, boolean personalDataShown,
                       @Nullable String citizenName, @Nullable String citizenPhone, @Nullable String citizenEmail, String message, Instant receivedAt,
                       @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt, @Nullable Instant closedAt, Instant acknowledgeDue,
                       Instant answerDue, @Nullable SlaView sla, Instant updatedAt) {
    }

    /** One step of the history: RECEIVED, LOGGED, ACKNOWLEDGED, ASSIGNED, NOTE, ANSWERED, CLOSED, SPAM. */
    @Serdeable
    record StepView(String kind, Instant at, @Nullable String actorName, @Nullable String detail, boolean shownToCitizen) {
    }

    /**
     * A move of the case along the tree: FORWARDED (it moved to toUnitId, which handles it now) or ESCALATED (left unanswered too
     * long, put on the desk of toUnitId above; it stays with its unit). code: the case's code when it left; reason only for the desk roles.
     */
    @Serdeable
    record TransferView(String kind, long fromUnitId, String fromUnitName, long toUnitId, String toUnitName, String code, Instant at,
                        @Nullable String reason, @Nullable String actorName) {

        static TransferView of(CaseMoves.Move m) {
            return new TransferView(m.kind().name(), m.fromUnitId(), m.fromUnitName(), m.toUnitId(), m.toUnitName(), m.code(), m.at(), m.reason(),
                    m.actorName());
        }
    }

    /** unitId, unitName: the unit that holds the case now; transfers: its moves along the tree, oldest first. */
    @Serdeable
    record CaseView(long id, long unitId, String unitName, String code, String channel, String topic, String status, boolean spam,
                    @Nullable Long concernedUnitId, @Nullable Long assigneeId, @Nullable String assigneeName, boolean anonymous, boolean personalDataShown,
                    @Nullable String citizenName, @Nullable String citizenPhone, @Nullable String citizenEmail, String message, Instant receivedAt,
                    @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt, @Nullable Instant closedAt, Instant acknowledgeDue,
                    Instant answerDue, @Nullable SlaView sla, Instant updatedAt, @Nullable String answerText, @Nullable String result,
                    List<StepView> steps, List<TransferView> transfers) {
    }

    /** A case as listed; days are its unit's days for its topic (read once per list, see SlaClock#days). */
    static CaseSummary summary(DeskCase c, @Nullable String assigneeName, boolean personal, SlaClock clock, Instant now, SlaClock.Days days) {
        return new CaseSummary(c.id(), c.code(), c.channel().name(), c.topic().name(), c.status().name(), c.spam(), c.concernedUnitId(),
                c.assigneeId(), assigneeName, c.anonymous(), personal, personal ? c.citizenName() : null, personal ? c.citizenPhone() : null,
                personal ? c.citizenEmail() : null, c.message(), c.receivedAt(), c.acknowledgedAt(), c.answeredAt(), c.closedAt(),
                clock.deadlines(c, days).acknowledge(), clock.deadlines(c, days).answer(), sla(clock.of(c, now, days)), c.updatedAt());
    }

    static CaseView view(DeskCase c, String unitName, @Nullable String assigneeName, boolean personal, SlaClock clock, Instant now,
                         List<CaseStep> history, List<CaseMoves.Move> moves) {
        CaseSummary s = summary(c, assigneeName, personal, clock, now,
                clock.days(c.unitId()).getOrDefault(c.topic(), SlaClock.Days.DEFAULT));
        List<StepView> steps = history.stream().map(st -> new StepView(st.kind().name(), st.at(), st.actorName(),
                st.kind() == StepKind.NOTE && !personal ? null : st.detail(), st.publicStep())).toList();
        return new CaseView(s.id(), c.unitId(), unitName, s.code(), s.channel(), s.topic(), s.status(), s.spam(), s.concernedUnitId(),
                s.assigneeId(), s.assigneeName(), s.anonymous(), s.personalDataShown(), s.citizenName(), s.citizenPhone(), s.citizenEmail(), s.message(), s.receivedAt(),
                s.acknowledgedAt(), s.answeredAt(), s.closedAt(), s.acknowledgeDue(), s.answerDue(), s.sla(), s.updatedAt(), c.answerText(),
                c.result(), steps, moves.stream().map(TransferView::of).toList());
    }

    private static SlaView sla(@Nullable SlaClock.Sla sla) {
        return sla == null ? null : new SlaView(sla.acknowledge() ? "ACKNOWLEDGE" : "ANSWER", sla.due(), sla.left().toSeconds(), sla.overdue());
    }
}
