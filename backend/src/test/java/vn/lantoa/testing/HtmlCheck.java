package vn.lantoa.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page must get right for the HTML validator and assistive technology, beyond what axe sees: the parser's
 * errors, duplicate ids, labels and ARIA references that point at nothing, links that are not valid URLs (a phone
 * number with spaces, a URL put unencoded into another site's query), empty machine-readable dates, and message keys
 * that have no text.
 */
public final class HtmlCheck {

    private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9]{3,15}");
    private static final Pattern NOT_IN_URL = Pattern.compile("[\\s<>\"{}|\\\\^`]");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[a-zA-Z][\\w.]*\\?\\?");

    private HtmlCheck() {
    }

    public static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        parser.getErrors().forEach(e -> problems.add("parse: " + e));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                problems.add("duplicate id " + e.id());
            }
        }
        for (Element label : doc.select("label[for]")) {
            Element target = doc.getElementById(label.attr("for"));
            if (target == null || !target.is("input, select, textarea, button, meter, output, progress")) {
                problems.add("label for a missing control: " + label.attr("for") + " (" + label.text() + ")");
            }
        }
        for (String attribute : List.of("aria-describedby", "aria-labelledby", "aria-controls")) {
            for (Element e : doc.select("[" + attribute + "]")) {
                for (String id : e.attr(attribute).trim().split("\\s+")) {
                    if (!id.isEmpty() && doc.getElementById(id) == null) {
                        problems.add(attribute + " points at a missing id " + id + " on <" + e.tagName() + ">");
                    }
                }
            }
        }
        for (Element a : doc.select("[href], [src], [action]")) {
            String url = a.hasAttr("href") ? a.attr("href") : a.hasAttr("src") ? a.attr("src") : a.attr("action");
            if (NOT_IN_URL.matcher(url).find()) {
                problems.add("not a valid URL: " + url);
            }
            if (url.startsWith("tel:") && !TEL.matcher(url).matches()) {
                problems.add("not a valid phone link: " + url);
            }
            int query = url.indexOf('?');
            if (query >= 0 && url.indexOf("://", query) >= 0) {
                problems.add("a URL inside a query is not encoded: " + url);
            }
        }
        for (Element time : doc.select("time")) {
            if (time.hasAttr("datetime") && time.attr("datetime").isBlank()) {
                problems.add("<time> with an empty datetime: " + time.text());
            }
        }
        var missing = MISSING_MESSAGE.matcher(html);
        while (missing.find()) {
            problems.add("message without text: " + missing.group());
        }
        return problems;
    }
}
