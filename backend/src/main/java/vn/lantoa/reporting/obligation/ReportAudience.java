package vn.lantoa.reporting.obligation;

import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who below the issuer must submit: one or more selectors, any of which admits a unit. "ALL" is every unit below,
 * "CHILDREN" the units directly below, "DEPTH:2" the units two levels down, "TYPE:DISTRICT_OFFICE" every Phòng,
 * "LEVEL:THPT" every upper secondary school. "TYPE:DISTRICT_OFFICE,LEVEL:THPT" reads "all Phòng and THPT".
 */
public record ReportAudience(List<String> selectors) {

    /** A WHERE fragment over the alias u, with its parameters; the values are bound, never spliced. */
    public record Sql(String where, List<Object> params) {
    }

    public static ReportAudience parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Set<String> selectors = new LinkedHashSet<>();
        for (String part : code.split(",")) {
            String s = part.strip();
            if (!valid(s)) {
                return null;
            }
            selectors.add(s);
        }
        return selectors.isEmpty() ? null : new ReportAudience(List.copyOf(selectors));
    }

    private static boolean valid(String s) {
        if (s.equals("ALL") || s.equals("CHILDREN")) {
            return true;
        }
        if (s.startsWith("DEPTH:")) {
            return s.substring(6).matches("^[1-6]$");
        }
        if (s.startsWith("GROUP:")) {
            return s.substring(6).matches("^\\d{1,18}$");
        }
        if (s.startsWith("TYPE:")) {
            try {
                UnitType.valueOf(s.substring(5));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return s.startsWith("LEVEL:") && SchoolLevel.parse(s.substring(6)) != null;
    }

    public String code() {
        return String.join(",", selectors);
    }

    /** Units strictly below the issuer (path and depth given) that any selector admits. */
    public Sql sql(String issuerPath, int issuerDepth) {
        return sql(issuerPath, issuerDepth, "u");
    }

    /**
     * The same over the tree of some instant: the unit's path and depth come from the placement row aliased
     * {@code placed} (unit_placement, or u itself for the tree as it is), the rest from the unit u.
     */
    public Sql sql(String issuerPath, int issuerDepth, String placed) {
        List<Object> params = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (String s : selectors) {
            if (s.equals("ALL")) {
                any.add("TRUE");
            } else if (s.equals("CHILDREN")) {
                any.add(placed + ".depth = ?");
                params.add(issuerDepth + 1);
            } else if (s.startsWith("DEPTH:")) {
                any.add(placed + ".depth = ?");
                params.add(issuerDepth + Integer.parseInt(s.substring(6)));
            } else if (s.startsWith("TYPE:")) {
                any.add("u.type = ?");
                params.add(s.substring(5));
            } else if (s.startsWith("GROUP:")) {
                any.add("u.id IN (SELECT m.member_unit_id FROM unit_group_member m WHERE m.group_id = ?)");
                params.add(Long.parseLong(s.substring(6)));
            } else {
                any.add("(u.type = 'SCHOOL' AND u.school_level = ?)");
                params.add(SchoolLevel.parse(s.substring(6)).name());
            }
        }
        List<Object> all = new ArrayList<>();
        all.add(issuerPath + "%");
        all.add(issuerPath);
        all.addAll(params);
        return new Sql(placed + ".path LIKE ? AND " + placed + ".path <> ? AND (" + String.join(" OR ", any) + ")", all);
    }

    /** The saved groups named by the selectors. */
    public List<Long> groups() {
        return selectors.stream().filter(s -> s.startsWith("GROUP:")).map(s -> Long.parseLong(s.substring(6))).toList();
    }

    /** In words, as the issuer chose it: "Các Phòng GDĐT; trường THPT". */
    public String describe(Translator t) {
        return describe(t, id -> "#" + id);
    }

    public String describe(Translator t, java.util.function.LongFunction<String> groupName) {
        List<String> words = new ArrayList<>();
        for (String s : selectors) {
            if (s.equals("ALL") || s.equals("CHILDREN")) {
                words.add(t.t("obligation.audience." + s));
            } else if (s.startsWith("DEPTH:")) {
                words.add(t.t("obligation.audience.depth", Integer.parseInt(s.substring(6))));
            } else if (s.startsWith("TYPE:")) {
                words.add(t.t("obligation.audience.type", t.t(UnitType.valueOf(s.substring(5)).labelKey())));
            } else if (s.startsWith("GROUP:")) {
                words.add(t.t("obligation.audience.group", groupName.apply(Long.parseLong(s.substring(6)))));
            } else {
                words.add(t.t("obligation.audience.level", t.t(SchoolLevel.parse(s.substring(6)).labelKey())));
            }
        }
        return String.join("; ", words);
    }
}
