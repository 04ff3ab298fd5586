package vn.lantoa.press.monitoring;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.desk.Topic;
import vn.lantoa.desk.settings.DeskTopics;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The digest's mail, plain text in Vietnamese: the counts by tone first, then negative, neutral and positive pieces, each
 * tone grouped by topic (a piece with several topics under each; one with none under "không phân loại"), each with its
 * outlet, day and links.
 */
@Singleton
class ClippingDigestMail {

    private static final List<Tone> ORDER = List.of(Tone.NEGATIVE, Tone.NEUTRAL, Tone.POSITIVE);

    private final Translator vi;
    private final DeskTopics topics;
    private final String baseUrl;

    ClippingDigestMail(Languages languages, DeskTopics topics, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.topics = topics;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail digest(String to, UnitRef unit, List<Clipping> clippings, LocalDate from, LocalDate until) {
        String period = from.equals(until) ? VietnamTime.date(from) : VietnamTime.date(from) + " – " + VietnamTime.date(until);
        Map<Tone, List<Clipping>> byTone = new EnumMap<>(Tone.class);
        clippings.forEach(c -> byTone.computeIfAbsent(c.tone(), t -> new ArrayList<>()).add(c));
        int negative = byTone.getOrDefault(Tone.NEGATIVE, List.of()).size();
        int neutral = byTone.getOrDefault(Tone.NEUTRAL, List.of()).size();
        int positive = byTone.getOrDefault(Tone.POSITIVE, List.of()).size();
        Map<Topic, String> labels = new EnumMap<>(Topic.class);
        topics.effective(unit.id()).forEach(e -> labels.put(e.topic(), e.label(vi::t)));
        String base = baseUrl + "/admin/u/" + unit.id() + "/press/clippings";
        StringBuilder body = new StringBuilder(vi.t("press.digest.intro", unit.name(), period, clippings.size(), positive, neutral, negative));
        for (Tone tone : ORDER) {
            List<Clipping> ofTone = byTone.getOrDefault(tone, List.of());
            if (ofTone.isEmpty()) {
                continue;
            }
            body.append("\n\n").append(vi.t("press.digest.tone", vi.t(tone.labelKey()).toUpperCase(), ofTone.size()));
            for (Map.Entry<String, List<Clipping>> group : byTopic(ofTone, labels).entrySet()) {
                body.append("\n\n  ").append(vi.t("press.digest.topic", group.getKey(), group.getValue().size()));
                for (Clipping c : group.getValue()) {
                    body.append("\n  - ").append(c.title()).append(" (").append(c.outletName()).append(", ").append(VietnamTime.date(c.publishedOn()))
                            .append(')');
                    if (c.url() != null) {
                        body.append("\n    ").append(c.url());
                    }
                    body.append("\n    ").append(base).append('/').append(c.id());
                }
            }
        }
        body.append("\n\n").append(vi.t("press.digest.all", base));
        return new OutgoingMail(to, vi.t("press.digest.subject", unit.name(), period, clippings.size(), negative), body.toString(), null);
    }

    private Map<String, List<Clipping>> byTopic(List<Clipping> clippings, Map<Topic, String> labels) {
        Map<String, List<Clipping>> groups = new LinkedHashMap<>();
        for (Topic t : Topic.values()) {
            for (Clipping c : clippings) {
                if (List.of(c.topics().split(",")).contains(t.name())) {
                    groups.computeIfAbsent(labels.getOrDefault(t, vi.t(t.labelKey())), k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (Clipping c : clippings) {
            if (c.topics().isBlank()) {
                groups.computeIfAbsent(vi.t("press.digest.noTopic"), k -> new ArrayList<>()).add(c);
            }
        }
        return groups;
    }
}
