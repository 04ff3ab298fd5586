package vn.lantoa.webhook;

import java.util.Arrays;
import java.util.List;

/** What a webhook can tell, by the name an integration reads in the payload's type and the Lantoa-Event header. */
public enum WebhookEventType {
    REPORT_SUBMITTED("report.submitted"),
    REPORT_RETURNED("report.returned"),
    REPORT_ACCEPTED("report.accepted"),
    REPORT_OVERDUE("report.overdue"),
    INCIDENT_OPENED("incident.opened"),
    ARTICLE_PUBLISHED("article.published"),
    CASE_OPENED("case.opened"),
    CASE_ANSWERED("case.answered"),
    /** The test button's event: sent to one subscription, never subscribed to. */
    PING("ping");

    /** The events a subscription may choose, in the order the pages list them. */
    public static final List<WebhookEventType> SUBSCRIBABLE = Arrays.stream(values()).filter(t -> t != PING).toList();

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "webhook.event." + code;
    }

    /** The type of this code, or null. */
    public static WebhookEventType parse(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        for (WebhookEventType t : values()) {
            if (t.code.equals(c)) {
                return t;
            }
        }
        return null;
    }
}
