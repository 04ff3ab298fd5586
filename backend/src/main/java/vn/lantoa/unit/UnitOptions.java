package vn.lantoa.unit;

import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.Option;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.List;

/** Translated choices for the type and school-level selects. */
public final class UnitOptions {

    private UnitOptions() {
    }

    public static List<Option> types(Translator t, boolean withEmpty) {
        List<Option> options = new ArrayList<>();
        if (withEmpty) {
            options.add(new Option("", t.t("form.choose")));
        }
        for (UnitType type : UnitType.values()) {
            options.add(new Option(type.name(), t.t(type.labelKey())));
        }
        return options;
    }

    public static List<Option> levels(Translator t, boolean withEmpty) {
        List<Option> options = new ArrayList<>();
        if (withEmpty) {
            options.add(new Option("", t.t("form.choose")));
        }
        for (SchoolLevel level : SchoolLevel.values()) {
            options.add(new Option(level.name(), t.t(level.labelKey())));
        }
        return options;
    }
}
