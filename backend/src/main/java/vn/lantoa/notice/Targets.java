package vn.lantoa.notice;

import vn.lantoa.sharing.Audience;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The open units below a sender that a notice goes to, as one SQL condition on {@code unit u}: an audience as sharing
 * chooses it (all below, the units directly below, a type, a school level), or units picked one by one, which must be
 * below the sender too (an id from elsewhere in the tree matches nothing).
 */
record Targets(String where, List<Object> params, String code) {

    static final String CHOSEN = "UNITS";

    static Targets of(UnitRef sender, Audience audience, List<Long> chosen) {
        StringBuilder where = new StringBuilder("u.path LIKE CONCAT(?, '%') AND u.id <> ? AND u.closed_on IS NULL");
        List<Object> params = new ArrayList<>(List.of(sender.path(), sender.id()));
        if (audience == null) {
            where.append(" AND u.id IN (");
            for (int i = 0; i < chosen.size(); i++) {
                where.append(i == 0 ? "?" : ", ?");
                params.add(chosen.get(i));
            }
            where.append(')');
            return new Targets(where.toString(), params, CHOSEN);
        }
        if (audience.type() != null) {
            where.append(" AND u.type = ?");
            params.add(audience.type().name());
        }
        if (audience.level() != null) {
            where.append(" AND u.school_level = ?");
            params.add(audience.level().name());
        }
        if (audience.childrenOnly()) {
            where.append(" AND u.depth <= ?");
            params.add(sender.depth() + 1);
        }
        return new Targets(where.toString(), params, audience.code());
    }
}
