package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleForm;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as an integration sends it, with JSON's own numbers, booleans and lists; checked by the editor's own form
 * ({@link ArticleForm}), so that the API and the pages sanitize, slug and validate alike.
 */
@Serdeable
record ArticleBody(@Nullable String kind, @Nullable String title, @Nullable String slug, @Nullable String summary, @Nullable String bodyHtml,
                   @Nullable Long categoryId, @Nullable List<String> tags, @Nullable Long coverFileId, @Nullable String coverAlt,
                   @Nullable Boolean featured, @Nullable List<Long> attachmentIds, @Nullable String note, @Nullable Long version) {

    /** The valid draft, or 400 with every field's error; {@code version} is the one the change was made from (null on create). */
    ArticleDraft validate(@Nullable String version) {
        FieldErrors errors = new FieldErrors();
        List<String> tagList = tags == null ? List.of() : tags;
        // The form reads tags as one comma-separated line: a comma inside a tag would make two.
        if (tagList.stream().anyMatch(t -> t == null || t.contains(",") || t.contains(";"))) {
            errors.add("tags", "article.tags.invalid");
        }
        ArticleForm form = new ArticleForm(kind, title, slug, summary, bodyHtml, categoryId == null ? "" : String.valueOf(categoryId),
                errors.hasAny() ? "" : String.join(",", tagList), coverFileId == null ? "" : String.valueOf(coverFileId), coverAlt,
                Boolean.TRUE.equals(featured) ? "true" : "", attachmentIds == null ? ""
                : attachmentIds.stream().map(String::valueOf).collect(Collectors.joining(",")), "", note, version == null ? "" : version, null);
        ArticleDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return draft;
    }
}
