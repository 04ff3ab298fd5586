package vn.lantoa.reporting.core;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.webhook.WebhookEvent;
import vn.lantoa.webhook.WebhookEventType;
import vn.lantoa.webhook.WebhookOutbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reporting tells webhooks, written in the transaction of the change: a report sent, returned, accepted or overdue, an
 * incident reported. Only what the units above may read is told (a report from its first send on), so the event may go to
 * the unit's subscriptions and those of every unit above it. Events of one report (a unit, an obligation, a period) share
 * its resource key and arrive in order: overdue, sent, returned, sent again, accepted.
 */
@Singleton
public class ReportEvents {

    private final WebhookOutbox outbox;

    ReportEvents(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** What an event says of a report: the obligation's title and the period's label, which the report itself does not hold. */
    public record About(UnitRef unit, long obligationId, String obligationTitle, Period period) {
    }

    public void record(WebhookEventType type, About about, @Nullable Report report, Instant at, Map<String, Object> extra) {
        outbox.record(event(type, about, report, at, extra));
    }

    public void recordAll(List<WebhookEvent> events) {
        outbox.recordAll(events);
    }

    /** A report not sent by its deadline, as the overdue job tells it: once per unit and period (see {@link #recordOnce}). */
    public WebhookEvent overdue(About about, java.time.LocalDate dueDate, Instant lateFrom, long recipientId, Instant at) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("dueDate", dueDate.toString());
        extra.put("lateFrom", WebhookEvent.time(lateFrom));
        extra.put("recipientUnitId", recipientId);
        return event(WebhookEventType.REPORT_OVERDUE, about, null, at, extra).once("report.overdue:" + resource(about));
    }

    /** Records the events not told before; returns how many were new. */
    public int recordOnce(List<WebhookEvent> events) {
        return outbox.recordOnce(events);
    }

    public WebhookEvent event(WebhookEventType type, About about, @Nullable Report report, Instant at, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", report == null ? null : report.id());
        data.put("obligationId", about.obligationId());
        data.put("obligationTitle", about.obligationTitle());
        data.put("periodCode", about.period().code());
        data.put("periodLabel", about.period().label());
        if (report != null) {
            data.put("recipientUnitId", report.recipientUnitId());
            data.put("revision", report.revision());
            data.put("firstSubmittedAt", WebhookEvent.time(report.firstSubmittedAt()));
            data.put("submittedAt", WebhookEvent.time(report.submittedAt()));
        }
        data.putAll(extra);
        Map<String, Object> links = new LinkedHashMap<>();
        long unitId = about.unit().id();
        links.put("report", "/api/v1/units/" + unitId + "/reports/" + about.obligationId() + "/" + about.period().code());
        if (report != null) {
            links.put("receivedReport", "/api/v1/units/" + report.recipientUnitId() + "/received-reports/" + report.id());
            if (type == WebhookEventType.INCIDENT_OPENED) {
                links.put("incidents", "/api/v1/units/" + report.recipientUnitId() + "/incidents");
            }
        }
        data.put("links", links);
        return WebhookEvent.of(type, about.unit(), resource(about), data, at);
    }

    private static String resource(About about) {
        return "report:" + about.unit().id() + ":" + about.obligationId() + ":" + about.period().code();
    }
}
