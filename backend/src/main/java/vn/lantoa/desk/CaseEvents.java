package vn.lantoa.desk;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.webhook.WebhookEvent;
import vn.lantoa.webhook.WebhookEventType;
import vn.lantoa.webhook.WebhookOutbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells webhooks that a case arrived (the public form, or a contact an officer or a call-centre system logged) and that
 * it was answered, in the transaction of the change. The event reaches the units above too, so it carries what the case
 * is about and its clock, never the citizen's words or personal data: an integration of the unit reads those with
 * GET .../cases/{caseId}, where only the unit's desk roles see them.
 */
@Singleton
class CaseEvents {

    private final WebhookOutbox outbox;
    private final UnitRefRepository units;
    private final SlaClock sla;

    CaseEvents(WebhookOutbox outbox, UnitRefRepository units, SlaClock sla) {
        this.outbox = outbox;
        this.units = units;
        this.sla = sla;
    }

    void opened(DeskCase c, Instant at) {
        opened(c, units.findById(c.unitId()).orElseThrow(), at);
    }

    /** As above, for a caller that has the unit at hand (the public form has it from the site, kept in memory). */
    void opened(DeskCase c, UnitRef unit, Instant at) {
        Map<String, Object> data = about(c);
        data.put("status", c.status().name());
        data.put("concernedUnitId", c.concernedUnitId());
        SlaClock.Deadlines due = sla.deadlines(c);
        data.put("acknowledgeDue", c.acknowledgedAt() == null ? WebhookEvent.time(due.acknowledge()) : null);
        data.put("answerDue", WebhookEvent.time(due.answer()));
        tell(WebhookEventType.CASE_OPENED, unit, c, data, at);
    }

    void answered(DeskCase c, Instant at) {
        Map<String, Object> data = about(c);
        Instant due = sla.deadlines(c).answer();
        data.put("answeredAt", WebhookEvent.time(c.answeredAt()));
        data.put("answerDue", WebhookEvent.time(due));
        data.put("onTime", !c.answeredAt().isAfter(due));
        data.put("mailedToCitizen", c.citizenEmail() != null);
        tell(WebhookEventType.CASE_ANSWERED, units.findById(c.unitId()).orElseThrow(), c, data, at);
    }

    private static Map<String, Object> about(DeskCase c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.id());
        data.put("code", c.code());
        data.put("channel", c.channel().name());
        data.put("topic", c.topic().name());
        data.put("receivedAt", WebhookEvent.time(c.receivedAt()));
        return data;
    }

    private void tell(WebhookEventType type, UnitRef unit, DeskCase c, Map<String, Object> data, Instant at) {
        data.put("links", Map.of("case", "/api/v1/units/" + unit.id() + "/cases/" + c.id()));
        outbox.record(WebhookEvent.of(type, unit, "case:" + c.id(), data, at));
    }
}
