package vn.lantoa.tenancy;

import java.util.Locale;

/** The kinds of unit in the education sector's tree. */
public enum UnitType {
    MINISTRY,
    PROVINCE_DEPARTMENT,
    DISTRICT_OFFICE,
    COMMUNE_OFFICE,
    SCHOOL,
    OTHER;

    public String labelKey() {
        return "unitType." + name();
    }

    /** Schools are leaves; the ministry is the root. Everything else may sit under any non-school. */
    public boolean mayHaveChildren() {
        return this != SCHOOL;
    }

    public boolean mayBeUnder(UnitType parent) {
        if (this == MINISTRY) {
            return parent == null;
        }
        return parent == null ? this == PROVINCE_DEPARTMENT : parent.mayHaveChildren();
    }

    public static UnitType parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UnitType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
