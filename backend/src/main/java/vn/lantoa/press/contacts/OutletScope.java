package vn.lantoa.press.contacts;

import vn.lantoa.platform.text.VietnameseText;

import java.util.List;
import java.util.Locale;

/** Whether an outlet covers the whole country or the province. */
public enum OutletScope {
    NATIONAL(List.of("trung uong", "toan quoc")), LOCAL(List.of("dia phuong"));

    private final List<String> words;

    OutletScope(List<String> words) {
        this.words = words;
    }

    public String labelKey() {
        return "contacts.scope." + name();
    }

    /** The code or the words a spreadsheet has ("Trung ương", "Toàn quốc", "Địa phương"); null when neither. */
    static OutletScope parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (OutletScope s : values()) {
            if (s.name().equalsIgnoreCase(v) || s.words.contains(VietnameseText.fold(v).toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
