package vn.lantoa.press.contacts;

import vn.lantoa.platform.text.VietnameseText;

import java.util.Locale;

/** What an outlet is: a newspaper, a radio or television station, a magazine or a news site. */
public enum OutletKind {
    NEWSPAPER("bao"), BROADCASTER("dai"), MAGAZINE("tap chi"), NEWS_SITE("trang tin");

    private final String folded;

    OutletKind(String folded) {
        this.folded = folded;
    }

    public String labelKey() {
        return "contacts.kind." + name();
    }

    /** The code (NEWSPAPER) or the word a spreadsheet has ("Báo", "Đài", "Tạp chí", "Trang tin"); null when neither. */
    static OutletKind parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (OutletKind k : values()) {
            if (k.name().equalsIgnoreCase(v) || k.folded.equals(VietnameseText.fold(v).toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
