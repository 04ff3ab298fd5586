package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a fetched page says of itself in its Open Graph tags: og:title (else its title), article:published_time (as the
 * Vietnam date) and og:site_name (else the host). The page is a stranger's: every value is reduced to plain text on one
 * line (tags dropped, entities decoded, control characters gone) and cut to the clipping's field sizes.
 */
final class OpenGraph {

    /** The fields a read page can prefill; any may be null. */
    record Tags(@Nullable String title, @Nullable LocalDate publishedOn, @Nullable String siteName) {
    }

    private OpenGraph() {
    }

    static Tags of(LinkReader.Fetched page) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset(), page.finalUrl().toString());
        } catch (IOException | RuntimeException e) {
            return new Tags(null, null, null);
        }
        String title = plain(first(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title()), ClippingInput.TITLE_MAX);
        String site = plain(meta(doc, "og:site_name"), ClippingInput.OUTLET_MAX);
        if (site == null) {
            String host = page.finalUrl().getHost();
            site = host == null ? null : plain(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""), ClippingInput.OUTLET_MAX);
        }
        LocalDate date = date(first(meta(doc, "article:published_time"), meta(doc, "og:published_time"), meta(doc, "datePublished")));
        return new Tags(title, date, site);
    }

    @Nullable
    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (key.strip().equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }

    @Nullable
    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** One line of plain text, or null when nothing is left. */
    @Nullable
    static String plain(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String text = Jsoup.parse(value).text();
        text = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > max ? text.substring(0, max - 1).strip() + "…" : text;
    }

    @Nullable
    private static LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 40) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(vn.lantoa.platform.time.VietnamTime.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            // Not with an offset: a local time, an instant, or a day.
        }
        try {
            return Instant.parse(v).atZone(vn.lantoa.platform.time.VietnamTime.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            // Next form.
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // Next form.
        }
        try {
            return v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
