package vn.lantoa.platform.text;

import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where HTML written by editors is cleaned, on the way in, with OWASP's sanitizer: what a Word
 * paste brings (headings, lists, tables, bold, links, images) stays; scripts, event handlers, javascript: URLs,
 * forms, styles that could hide or overlay content, and frames other than YouTube embeds go. Pages print the
 * result with $unsafe{} and a comment pointing here.
 */
public final class SafeHtml {

    private static final Pattern HTTP_OR_SITE_URL = Pattern.compile("^(https?://|/|#|mailto:|tel:)[^\\s\"<>]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_URL = Pattern.compile("^(https?://|/)[^\\s\"<>]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YOUTUBE = Pattern.compile("^https://www\\.(youtube|youtube-nocookie)\\.com/embed/[A-Za-z0-9_-]{6,20}(\\?[A-Za-z0-9_=&;-]*)?$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,4}%?$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                    "blockquote", "pre", "code", "hr", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th",
                    "td", "caption", "colgroup", "col", "span", "div", "iframe")
            // An article's title is its only h1.
            .allowElements((name, attrs) -> "h2", "h1")
            .allowAttributes("href").matching(HTTP_OR_SITE_URL).onElements("a")
            .allowAttributes("title").onElements("a", "img", "abbr", "iframe")
            .allowAttributes("src").matching(IMAGE_URL).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe", "td", "th", "table", "col")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("^[0-9]{1,3}$")).onElements("td", "th")
            .allowAttributes("scope").matching(Pattern.compile("^(row|col|rowgroup|colgroup)$")).onElements("th")
            .allowAttributes("src").matching(YOUTUBE).onElements("iframe")
            .allowAttributes("allowfullscreen").matching(Pattern.compile("^(|true|allowfullscreen)$")).onElements("iframe")
            .allowAttributes("start").matching(Pattern.compile("^[0-9]{1,4}$")).onElements("ol")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowStyling(CssSchema.withProperties(Set.of("text-align", "font-weight", "font-style", "text-decoration", "vertical-align",
                    "list-style-type", "padding-left", "margin-left", "width", "border-collapse")))
            .toFactory();

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String clean = POLICY.sanitize(html);
        // An iframe the policy stripped of its src (any site but YouTube) is an empty box: drop it.
        return clean.replaceAll("<iframe(?![^>]*\\bsrc=)[^>]*>\\s*</iframe>", "");
    }
}
