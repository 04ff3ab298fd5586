package vn.lantoa.site;

import vn.lantoa.files.StoredFile;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.i18n.Translator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a public template needs besides its content: the site's frame, its address (under /{slug} or at the root of
 * the unit's own host), the canonical origin and Vietnamese labels and dates.
 */
public record SiteView(SiteFrame frame, String base, String origin, String path, Translator i18n, Translator en, long generation) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    /** An address inside this site: url("/tin") is "/truong-a/tin", or "/tin" on the school's own host. */
    public String url(String local) {
        return base + local;
    }

    public String home() {
        return base.isEmpty() ? "/" : base + "/";
    }

    /** This page's address to index: the site's preferred form, with the page number of a list's later pages. */
    public String canonical() {
        return origin + base + path;
    }

    public String absolute(String local) {
        return origin + base + local;
    }

    public String articleUrl(Article a) {
        return url((a.kind() == ArticleKind.PAGE ? "/trang/" : "/tin/") + a.slug());
    }

    public String imageUrl(StoredFile f, int width) {
        return Media.imageUrl(f, width);
    }

    /** The srcset of a photo's stored sizes, so a phone loads the 400-pixel copy and a wide screen the 1600 one. */
    public String srcset(StoredFile f) {
        if (f.imageWidths() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : f.imageWidths().split(",")) {
            String width = w.endsWith("p") ? w.substring(0, w.length() - 1) : w;
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(Media.imageUrl(f, Integer.parseInt(width))).append(' ').append(width).append('w');
        }
        return sb.toString();
    }

    public String fileUrl(StoredFile f) {
        return Media.fileUrl(f);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(VIETNAM));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(VIETNAM));
    }

    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String siteUrlOf(vn.lantoa.unit.Unit unit) {
        return "/" + unit.slug() + "/";
    }

    public String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    /** The href of a phone number: "tel:+842623852156" for "0262 3852 156". */
    public String tel(String phone) {
        return vn.lantoa.platform.text.Phones.telUri(phone);
    }

    /** A value put into another site's address (a share link) or a mailto subject: every reserved character encoded. */
    public String uriComponent(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public boolean hasValue(String s) {
        return s != null && !s.isBlank();
    }
}
