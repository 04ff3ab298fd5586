package vn.lantoa.webhook;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;

/** The typed models of the webhook pages. */
public final class WebhookPages {

    private WebhookPages() {
    }

    /** A delivery log line as the page shows it. */
    public record LogLine(long deliveryId, long eventId, String eventType, String deliveryStatus, int number, java.time.Instant attemptedAt,
                          Integer statusCode, int durationMs, String error, String response, boolean manual) {

        public boolean ok() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** What the integration answered, or why nothing came back. */
        public String detail() {
            return error != null ? error : response == null ? "" : response;
        }
    }

    /** The unit's webhooks, with the form for a new one. */
    public record ListPage(Shell shell, List<WebhookSubscription> webhooks, WebhookForm form, FieldErrors errors, List<WebhookEventType> events) {
    }

    /** The one page that shows a new webhook's secret. */
    public record CreatedPage(Shell shell, WebhookSubscription webhook, String secret) {
    }

    /** One webhook: its settings to edit, the buttons, and its delivery log. */
    public record DetailPage(Shell shell, WebhookSubscription webhook, WebhookForm form, FieldErrors errors, List<WebhookEventType> events,
                             List<LogLine> log) {
    }
}
