package vn.lantoa.tenancy;

import java.util.Locale;

/** A school's level: mầm non, tiểu học, THCS, THPT, liên cấp, GDTX, other. */
public enum SchoolLevel {
    MN,
    TH,
    THCS,
    THPT,
    LIEN_CAP,
    GDTX,
    OTHER;

    public String labelKey() {
        return "schoolLevel." + name();
    }

    public static SchoolLevel parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return SchoolLevel.valueOf(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
