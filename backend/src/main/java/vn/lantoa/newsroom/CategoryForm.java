package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

@Serdeable
public record CategoryForm(@Nullable String name, @Nullable String slug, @Nullable String description, @Nullable String sortOrder) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "0");
    }

    static CategoryForm from(Category c) {
        return new CategoryForm(c.name(), c.slug(), c.description() == null ? "" : c.description(), String.valueOf(c.sortOrder()));
    }

    public Draft validate(FieldErrors errors) {
        String cleanName = Fields.text(errors, "name", name, 200, "category.name.required");
        String cleanSlug = VietnameseText.blankToNull(slug);
        if (cleanSlug == null && cleanName != null) {
            cleanSlug = Slugs.slugify(cleanName);
        }
        if (cleanSlug != null && !Slugs.isValid(cleanSlug)) {
            errors.add("slug", "unit.slug.invalid");
        }
        int order = 0;
        try {
            order = sortOrder == null || sortOrder.isBlank() ? 0 : Integer.parseInt(sortOrder.strip());
        } catch (NumberFormatException e) {
            errors.add("sortOrder", "committee.sortOrder.range");
        }
        return new Draft(cleanName, cleanSlug, Fields.text(errors, "description", description, 1000, null), order);
    }

    public record Draft(String name, String slug, String description, int sortOrder) {
    }
}
