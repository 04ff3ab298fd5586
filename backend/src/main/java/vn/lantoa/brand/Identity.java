package vn.lantoa.brand;

import vn.lantoa.files.StoredFile;
import vn.lantoa.newsroom.Media;

/**
 * A unit's identity as its public site shows it. Every value in {@link #style()} comes from a colour that passed
 * {@link ColourContrast#normalize} and from addresses Lantoa built, never from raw input, so it may go into a style
 * attribute.
 */
public record Identity(StoredFile logo, StoredFile banner, String colour, String faviconUrl, String faviconType, boolean slideshow) {

    public static final Identity DEFAULT = new Identity(null, null, null, null, null, false);

    /** The CSS custom properties of the site's look, or null for Lantoa's default look. */
    public String style() {
        StringBuilder css = new StringBuilder();
        if (colour != null) {
            css.append("--site-colour:").append(colour).append(";--site-menu:").append(ColourContrast.menuColour(colour))
                    .append(";--site-link:").append(ColourContrast.linkColour(colour)).append(';');
        }
        if (banner != null) {
            css.append("--site-banner:url(\"").append(Media.imageUrl(banner, 1600)).append("\");");
        }
        return css.isEmpty() ? null : css.toString();
    }

    public String bannerThumbUrl() {
        return banner == null ? null : Media.imageUrl(banner, 400);
    }

    public String logoUrl() {
        return logo == null ? null : Media.imageUrl(logo, 400);
    }
}
