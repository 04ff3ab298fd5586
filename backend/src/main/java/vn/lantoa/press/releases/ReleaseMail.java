package vn.lantoa.press.releases;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.lantoa.committee.CommitteeMember;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.tenancy.UnitRef;

/**
 * The mail of a press release, the same for every journalist: the release's title as subject; its text (the newsroom's
 * sanitized HTML, with addresses made absolute so images and links work in a mail reader, and a plain-text copy); the
 * link to the release on the unit's public site; and who to call, the committee's spokesperson.
 */
@Singleton
class ReleaseMail {

    record Content(String subject, String text, String html) {
    }

    private final Translator vi;
    private final String baseUrl;

    ReleaseMail(Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Content of(UnitRef unit, Article release, CommitteeMember spokesperson) {
        String link = baseUrl + Media.articleUrl(unit, release);
        // Sanitized again although the newsroom stored it sanitized: this HTML leaves Lantoa under the unit's name.
        Document body = Jsoup.parseBodyFragment(SafeHtml.sanitize(release.bodyHtml()), baseUrl + "/");
        for (Element e : body.select("[src]")) {
            e.attr("src", e.absUrl("src"));
        }
        for (Element e : body.select("a[href]")) {
            e.attr("href", e.absUrl("href"));
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(release.title())).append("</title></head><body>")
                .append("<p style=\"text-transform:uppercase\"><strong>").append(esc(unit.name())).append("</strong><br>")
                .append(esc(vi.t("press.releases.mail.heading"))).append("</p>")
                .append("<h1>").append(esc(release.title())).append("</h1>")
                .append(body.body().html())
                .append("<p>").append(esc(vi.t("press.releases.mail.link"))).append(" <a href=\"").append(esc(link)).append("\">").append(esc(link)).append("</a></p>");
        StringBuilder text = new StringBuilder(unit.name().toUpperCase(java.util.Locale.ROOT)).append('\n')
                .append(vi.t("press.releases.mail.heading")).append("\n\n")
                .append(release.title()).append("\n\n")
                .append(plainText(body.body()).strip()).append("\n\n")
                .append(vi.t("press.releases.mail.link")).append(' ').append(link).append('\n');
        if (spokesperson != null) {
            html.append("<hr><p><strong>").append(esc(vi.t("press.releases.mail.spokesperson"))).append(":</strong> ").append(esc(spokesperson.fullName()));
            text.append("\n--\n").append(vi.t("press.releases.mail.spokesperson")).append(": ").append(spokesperson.fullName());
            if (has(spokesperson.jobTitle())) {
                html.append(", ").append(esc(spokesperson.jobTitle()));
                text.append(", ").append(spokesperson.jobTitle());
            }
            if (has(spokesperson.phone())) {
                html.append("<br>").append(esc(vi.t("press.releases.mail.phone"))).append(": ").append(esc(spokesperson.phone()));
                text.append('\n').append(vi.t("press.releases.mail.phone")).append(": ").append(spokesperson.phone());
            }
            if (has(spokesperson.email())) {
                html.append("<br>").append(esc(vi.t("press.releases.mail.email"))).append(": <a href=\"mailto:").append(esc(spokesperson.email())).append("\">")
                        .append(esc(spokesperson.email())).append("</a>");
                text.append('\n').append(vi.t("press.releases.mail.email")).append(": ").append(spokesperson.email());
            }
            html.append("</p>");
            text.append('\n');
        }
        html.append("</body></html>");
        return new Content(release.title(), text.toString(), html.toString());
    }

    /** The text a reader sees, a paragraph per block, with each link's address after its words. */
    static String plainText(Element root) {
        StringBuilder out = new StringBuilder();
        walk(root, out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e) {
                boolean block = e.isBlock() || e.normalName().equals("br");
                if (e.normalName().equals("li")) {
                    out.append("\n- ");
                } else if (block) {
                    out.append('\n');
                }
                walk(e, out);
                if (e.normalName().equals("a") && e.hasAttr("href") && !e.attr("href").startsWith("mailto:") && !e.text().equals(e.attr("href"))) {
                    out.append(" (").append(e.attr("href")).append(')');
                }
                if (e.normalName().equals("img") && !e.attr("alt").isBlank()) {
                    out.append('[').append(e.attr("alt")).append(']');
                }
                if (block && !e.normalName().equals("li") && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
