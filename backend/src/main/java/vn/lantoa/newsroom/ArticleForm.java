package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.topic.TopicLinks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An article as the editor sends it. The body is sanitized here, before anything else sees it. */
@Serdeable
public record ArticleForm(@Nullable String kind, @Nullable String title, @Nullable String slug, @Nullable String summary,
                          @Nullable String bodyHtml, @Nullable String categoryId, @Nullable String tags, @Nullable String coverFileId,
                          @Nullable String coverAlt, @Nullable String featured, @Nullable String attachmentIds, @Nullable String publishAt,
                          @Nullable String note, @Nullable String version, @Nullable List<String> topicIds) {

    static final int MAX_TAGS = 10;

    public static ArticleForm empty(ArticleKind kind) {
        return new ArticleForm(kind.name(), "", "", "", "", "", "", "", "", "", "", "", "", "", List.of());
    }

    static ArticleForm from(Article a, List<String> tags, List<Long> attachments, List<Long> topicIds) {
        return new ArticleForm(a.kind().name(), a.title(), a.slug(), nz(a.summary()), a.bodyHtml(),
                a.categoryId() == null ? "" : String.valueOf(a.categoryId()), String.join(", ", tags),
                a.coverFileId() == null ? "" : String.valueOf(a.coverFileId()), nz(a.coverAlt()), a.featured() ? "true" : "",
                String.join(",", attachments.stream().map(String::valueOf).toList()),
                a.publishAt() == null ? "" : a.publishAt().atZone(VietnamTime.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString(),
                "", String.valueOf(a.version()), topicIds.stream().map(String::valueOf).toList());
    }

    /** The same form with another cover chosen: what the editor shows after a cover was uploaded. */
    ArticleForm withCover(long fileId) {
        return new ArticleForm(kind, title, slug, summary, bodyHtml, categoryId, tags, String.valueOf(fileId), coverAlt, featured, attachmentIds,
                publishAt, note, version, topicIds);
    }

    public boolean isFeatured() {
        return "true".equalsIgnoreCase(featured) || "on".equalsIgnoreCase(featured);
    }

    public ArticleDraft validate(FieldErrors errors) {
        ArticleKind parsedKind = ArticleKind.parse(kind);
        if (parsedKind == null) {
            errors.add("kind", "article.kind.required");
        }
        String cleanTitle = Fields.text(errors, "title", title, 300, "article.title.required");
        String cleanSlug = VietnameseText.blankToNull(slug);
        if (cleanSlug != null) {
            cleanSlug = cleanSlug.toLowerCase(java.util.Locale.ROOT);
            if (!Slugs.isValid(cleanSlug)) {
                errors.add("slug", "unit.slug.invalid");
            }
        }
        String cleanSummary = Fields.multiline(errors, "summary", summary, 1000);
        String body = SafeHtml.sanitize(bodyHtml);
        if (body.length() > 2_000_000) {
            errors.add("bodyHtml", "article.body.tooLong");
        }
        Long category = id(errors, "categoryId", categoryId);
        Long cover = id(errors, "coverFileId", coverFileId);
        String alt = Fields.text(errors, "coverAlt", coverAlt, 300, null);
        List<String> tagList = tags(errors);
        List<Long> attachments = new ArrayList<>();
        if (attachmentIds != null && !attachmentIds.isBlank()) {
            for (String part : attachmentIds.split("[,\\s]+")) {
                try {
                    if (!part.isBlank()) {
                        attachments.add(Long.parseLong(part));
                    }
                } catch (NumberFormatException e) {
                    errors.add("attachmentIds", "error.invalidValue");
                    break;
                }
            }
        }
        Instant at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt.strip()).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("publishAt", "article.publishAt.invalid");
            }
        }
        String cleanNote = Fields.text(errors, "note", note, 300, null);
        List<Long> topics = topicIds == null ? null : TopicLinks.parse(topicIds, "topicIds", errors);
        return new ArticleDraft(parsedKind, cleanTitle, cleanSlug, cleanSummary, body, category, cover, alt, isFeatured(), tagList,
                List.copyOf(new LinkedHashSet<>(attachments)), at, cleanNote, Fields.version(errors, version), topics);
    }

    private List<String> tags(FieldErrors errors) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String raw : tags.split("[,;]")) {
            String t = VietnameseText.blankToNull(raw);
            if (t == null) {
                continue;
            }
            if (t.length() > 60 || Slugs.slugify(t).isEmpty()) {
                errors.add("tags", "article.tags.invalid");
                return List.of();
            }
            result.add(t);
        }
        if (result.size() > MAX_TAGS) {
            errors.add("tags", "article.tags.tooMany", MAX_TAGS);
        }
        return List.copyOf(result);
    }

    private static Long id(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "error.invalidValue");
            return null;
        }
    }

    /** Images without a description, numbered as the reader meets them (WCAG: every image needs alt text). */
    static List<Integer> imagesWithoutAlt(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<Integer> missing = new ArrayList<>();
        int n = 0;
        for (Element img : doc.select("img")) {
            n++;
            if (img.attr("alt").isBlank()) {
                missing.add(n);
            }
        }
        return missing;
    }

    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
