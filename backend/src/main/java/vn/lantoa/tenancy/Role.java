package vn.lantoa.tenancy;

import java.util.EnumSet;
import java.util.Set;

/** What a membership lets a person do in one unit. Labels come from the message bundles (role.*). */
public enum Role {
    UNIT_ADMIN,
    COMMITTEE_HEAD,
    EDITOR,
    REPORTER,
    SPOKESPERSON,
    HOTLINE_OFFICER,
    VIEWER;

    /** Roles whose holders read, never change, what the units below them submitted or published. */
    public static final Set<Role> OVERSIGHT = EnumSet.of(UNIT_ADMIN, COMMITTEE_HEAD, REPORTER);

    public String labelKey() {
        return "role." + name();
    }

    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
