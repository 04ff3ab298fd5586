package vn.lantoa.newsroom;

import java.util.Locale;

/** News (tin bài) and press releases (thông cáo báo chí) are listed as news; pages (trang) stand alone. */
public enum ArticleKind {
    NEWS,
    PRESS_RELEASE,
    PAGE;

    public String labelKey() {
        return "articleKind." + name();
    }

    public boolean listed() {
        return this != PAGE;
    }

    public static ArticleKind parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ArticleKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
