package vn.lantoa.notice;

import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.Option;
import vn.lantoa.sharing.Audience;
import vn.lantoa.tenancy.SubtreeUnits;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/** The choices of the notice form: kinds, severities, audiences as sharing offers them, and the units below to pick. */
@Singleton
class NoticeChoices {

    /** A Sở has thousands of units below: the list to pick from stops here; groups reach the rest. */
    static final int PICKABLE = 1000;

    private final SubtreeUnits subtree;

    NoticeChoices(SubtreeUnits subtree) {
        this.subtree = subtree;
    }

    List<Option> kinds(Translator t) {
        return java.util.Arrays.stream(NoticeKind.values()).map(k -> new Option(k.name(), t.t(k.labelKey()))).toList();
    }

    List<Option> severities(Translator t) {
        return java.util.Arrays.stream(NoticeSeverity.values()).map(s -> new Option(s.name(), t.t(s.labelKey()))).toList();
    }

    List<Option> audiences(Translator t, UnitRef unit) {
        List<Option> options = new ArrayList<>(Audience.choicesBelow(t, unit));
        options.add(new Option(Targets.CHOSEN, t.t("notice.audience.UNITS")));
        return options;
    }

    List<Option> unitsBelow(UnitRef unit) {
        return subtree.openAtOrBelow(unit.path(), PICKABLE + 1).entrySet().stream().filter(e -> e.getKey() != unit.id().longValue())
                .map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
    }
}
