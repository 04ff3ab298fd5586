package vn.lantoa.brand;

import io.micronaut.core.annotation.Nullable;

/** The identity page's fields besides the files: colour, slideshow, what to remove, and the version it was opened at. */
public record IdentityForm(@Nullable String mainColour, @Nullable String slideshow, @Nullable String removeLogo, @Nullable String removeBanner,
                    @Nullable String removeFavicon, @Nullable String version) {

    static IdentityForm from(SiteIdentity identity) {
        return new IdentityForm(identity.mainColour() == null ? "" : identity.mainColour(), identity.slideshow() ? "true" : "", "", "", "",
                identity.version() == null ? "" : String.valueOf(identity.version()));
    }

    public boolean isSlideshow() {
        return checked(slideshow);
    }

    static boolean checked(String value) {
        return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    /** The version as sent; null for a unit that had no identity yet (or a value that is no number: then it is stale). */
    Long versionNumber() {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
