package vn.lantoa.committee;

import java.util.Locale;

/** A member's place in the Ban truyền thông. */
public enum CommitteeRole {
    HEAD,
    DEPUTY,
    MEMBER,
    SECRETARY;

    public String labelKey() {
        return "committeeRole." + name();
    }

    public static CommitteeRole parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return CommitteeRole.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
