package vn.lantoa.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.netty.handler.codec.http.QueryStringDecoder;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A webhook as an admin sets it (the page's form or the API's body): the address that receives the events, what the
 * integration is (description), the events chosen (["report.submitted", "article.published"]) and whether it runs.
 * version is the page's hidden field; the API names it in If-Match.
 */
@Serdeable
public record WebhookForm(@Nullable String url, @Nullable String description, @Nullable List<String> events, @Nullable Boolean active,
                          @Nullable String version) {

    static final int DESCRIPTION_MAX = 200;

    /** A validated webhook. */
    record Valid(String url, String description, List<WebhookEventType> events, boolean active) {
    }

    static WebhookForm empty() {
        return new WebhookForm("https://", "", List.of(), true, null);
    }

    static WebhookForm of(WebhookSubscription s) {
        return new WebhookForm(s.url(), s.description(), s.events().stream().map(WebhookEventType::code).toList(), s.active(),
                String.valueOf(s.version()));
    }

    /** The page's form, read from the raw body: the event boxes arrive as one name repeated. */
    static WebhookForm parse(String body) {
        Map<String, List<String>> params = new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false, 1_000).parameters();
        return new WebhookForm(first(params, "url"), first(params, "description"), params.getOrDefault("events", List.of()),
                !params.containsKey("active") || "true".equals(first(params, "active")), first(params, "version"));
    }

    /** Whether the event box of this code is ticked. */
    public boolean chose(String code) {
        return events != null && events.contains(code);
    }

    Valid validate(FieldErrors errors, WebhookUrls urls) {
        String cleanUrl = urls.check(errors, "url", url);
        String cleanDescription = Fields.text(errors, "description", description, DESCRIPTION_MAX, "webhook.description.required");
        Set<WebhookEventType> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : events == null ? List.<String>of() : events) {
            WebhookEventType type = WebhookEventType.parse(code);
            if (type == null || type == WebhookEventType.PING) {
                unknown.add(String.valueOf(code));
            } else {
                chosen.add(type);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add("events", "webhook.events.unknown", String.join(", ", unknown),
                    String.join(", ", WebhookEventType.SUBSCRIBABLE.stream().map(WebhookEventType::code).toList()));
        } else if (chosen.isEmpty()) {
            errors.add("events", "webhook.events.required");
        }
        List<WebhookEventType> ordered = WebhookEventType.SUBSCRIBABLE.stream().filter(chosen::contains).toList();
        return new Valid(cleanUrl, cleanDescription, ordered, active == null || active);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
