package vn.lantoa.brand;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.x contrast of a site's main colour. The colour is the header and menu background under white text, and the
 * colour of links on white: both are the same ratio (white against the colour), which must reach 4.5:1 (AA, normal
 * text). A colour below it is refused, with the nearest darker colour that passes offered instead: an automatic change
 * would give the unit a colour nobody chose, and its printed material would no longer match the site.
 */
public final class ColourContrast {

    /** AA for normal text. */
    static final double AA = 4.5;
    /** The lightest background links sit on besides white (the boxes of the home page, table heads): see site.css. */
    static final int BOX_BACKGROUND = 0xf3f6fa;
    private static final int WHITE = 0xffffff;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ColourContrast() {
    }

    /** "#0b4f9c" for "#0B4F9C" or " #0b4f9c "; null for anything that is not #RRGGBB. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return HEX.matcher(v).matches() ? v.toLowerCase(Locale.ROOT) : null;
    }

    static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    /** Relative luminance as WCAG 2.x defines it (sRGB, 0.03928 threshold). */
    static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Contrast of white text on the colour, the same as the colour's links on white. */
    public static double onWhite(String hex) {
        return ratio(rgb(hex), WHITE);
    }

    public static boolean passes(String hex) {
        return onWhite(hex) >= AA;
    }

    /** The ratio as shown to a user, cut (not rounded) to two decimals so 4.499 never reads as 4.50: "4,48". */
    public static String shown(double ratio) {
        return String.format(Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100).replace('.', ',');
    }

    /** The lightest colour of the same hue, darkened step by step, that white text on it reaches AA. */
    public static String suggestion(String hex) {
        return darkenUntil(hex, WHITE);
    }

    /** The colour of links: the main colour, darkened where needed to stay AA on the boxes' light grey as well. */
    static String linkColour(String hex) {
        return darkenUntil(hex, BOX_BACKGROUND);
    }

    /** The menu bar under the header: a fifth darker, so it stands apart and keeps white text readable. */
    static String menuColour(String hex) {
        return scale(rgb(hex), 0.8);
    }

    private static String darkenUntil(String hex, int background) {
        int rgb = rgb(hex);
        for (int step = 0; step <= 100; step++) {
            String candidate = scale(rgb, 1 - step / 100.0);
            if (ratio(rgb(candidate), background) >= AA) {
                return candidate;
            }
        }
        return "#000000";
    }

    private static String scale(int rgb, double factor) {
        int r = (int) Math.floor(((rgb >> 16) & 0xff) * factor);
        int g = (int) Math.floor(((rgb >> 8) & 0xff) * factor);
        int b = (int) Math.floor((rgb & 0xff) * factor);
        return hex((r << 16) | (g << 8) | b);
    }
}
