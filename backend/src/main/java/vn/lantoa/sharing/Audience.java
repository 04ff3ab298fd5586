package vn.lantoa.sharing;

import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.Option;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.List;

/**
 * Who below a unit receives a share: everyone below, the units directly below, all units of a type ("all Phòng"),
 * or all schools of a level ("all THPT in the province"). Written as "ALL", "CHILDREN", "TYPE:SCHOOL", "LEVEL:THPT".
 */
public record Audience(String code, UnitType type, SchoolLevel level, boolean childrenOnly) {

    public static Audience parse(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (c.equals("ALL")) {
            return new Audience(c, null, null, false);
        }
        if (c.equals("CHILDREN")) {
            return new Audience(c, null, null, true);
        }
        if (c.startsWith("TYPE:")) {
            try {
                return new Audience(c, UnitType.valueOf(c.substring(5)), null, false);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (c.startsWith("LEVEL:")) {
            SchoolLevel level = SchoolLevel.parse(c.substring(6));
            return level == null ? null : new Audience(c, UnitType.SCHOOL, level, false);
        }
        return null;
    }

    /** In words, as the sender chose it: kept with the share, since the tree may change later. */
    public String describe(Translator t) {
        if (childrenOnly) {
            return t.t("share.audience.CHILDREN");
        }
        if (level != null) {
            return t.t("share.audience.level", t.t(level.labelKey()));
        }
        if (type != null) {
            return t.t("share.audience.type", t.t(type.labelKey()));
        }
        return t.t("share.audience.ALL");
    }

    /** The choices that make sense below this unit: all, direct children, each kind of unit, each school level. */
    public static List<Option> choicesBelow(Translator t, UnitRef unit) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("ALL", t.t("share.audience.ALL")));
        options.add(new Option("CHILDREN", t.t("share.audience.CHILDREN")));
        for (UnitType type : List.of(UnitType.DISTRICT_OFFICE, UnitType.COMMUNE_OFFICE, UnitType.SCHOOL)) {
            if (type.ordinal() > unit.type().ordinal()) {
                options.add(new Option("TYPE:" + type.name(), t.t("share.audience.type", t.t(type.labelKey()))));
            }
        }
        for (SchoolLevel level : List.of(SchoolLevel.MN, SchoolLevel.TH, SchoolLevel.THCS, SchoolLevel.THPT, SchoolLevel.LIEN_CAP, SchoolLevel.GDTX)) {
            options.add(new Option("LEVEL:" + level.name(), t.t("share.audience.level", t.t(level.labelKey()))));
        }
        return options;
    }

    /** The deepest unit a unit at {@code depth} reaches with this audience, or null for its whole subtree. */
    public Integer maxDepth(int depth) {
        return childrenOnly ? depth + 1 : null;
    }
}
