package vn.lantoa.shell;

import java.util.List;

/**
 * A card of work on a unit's home page, from a capability the home page need not know (plans, campaigns, notices...).
 * Texts are already in the reader's language. A card marked {@code top} comes before everything else: an emergency
 * notice that asks for acknowledgement is the first thing its reader sees.
 *
 * @param id      the HTML id of the card, e.g. "home-notices"
 * @param order   where it goes among the cards; lower first
 * @param tone    "info", "warning" or "urgent": how loudly it is drawn
 * @param moreHref the page with all of it, or null
 */
public record HomeCard(String id, int order, boolean top, String tone, String title, String summary, List<Line> lines, String moreHref,
                       String moreText) {

    /**
     * One thing to look at or do. {@code href} links its text; {@code actionUrl}, when set, is a POST form with the
     * page's CSRF token and the button {@code actionLabel} (e.g. "Đã nhận" on a notice).
     */
    public record Line(String text, String href, String note, boolean urgent, String actionUrl, String actionLabel) {

        public static Line link(String text, String href, String note, boolean urgent) {
            return new Line(text, href, note, urgent, null, null);
        }
    }
}
