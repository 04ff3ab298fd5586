package vn.lantoa.training;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.time.VietnamTime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attendance as the page shows it: per invited unit, per unit directly below the organiser, and every person. */
final class TrainingSheet {

    private TrainingSheet() {
    }

    /** Adds the invited units up per unit directly below the organiser, in the order the rows come. */
    static List<TrainingPages.SubtreeCount> subtrees(List<InviteRow> invites) {
        Map<Long, long[]> sums = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (InviteRow i : invites) {
            long key = i.childId() == null ? i.unitId() : i.childId();
            names.putIfAbsent(key, i.childName() == null ? i.unitName() : i.childName());
            long[] s = sums.computeIfAbsent(key, k -> new long[4]);
            s[0]++;
            s[1] += i.attended() ? 1 : 0;
            s[2] += i.registered();
            s[3] += i.present();
        }
        List<TrainingPages.SubtreeCount> out = new ArrayList<>();
        sums.forEach((key, s) -> out.add(new TrainingPages.SubtreeCount(names.get(key), s[0], s[1], s[2], s[3])));
        return out;
    }

    static XlsxTable of(Translator t, Training training, List<InviteRow> invites, List<TrainingAttendee> people) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<List<Object>> units = new ArrayList<>();
        for (InviteRow i : invites) {
            names.put(i.unitId(), i.unitName());
            units.add(List.of(i.unitName(), i.registered(), i.present(), t.t(i.attended() ? "training.attended" : "training.absentUnit"),
                    i.note() == null ? "" : i.note()));
        }
        List<List<Object>> subtree = new ArrayList<>();
        for (TrainingPages.SubtreeCount s : subtrees(invites)) {
            subtree.add(List.of(s.name(), s.invited(), s.attended(), s.registered(), s.present()));
        }
        List<List<Object>> persons = new ArrayList<>();
        for (TrainingAttendee a : people) {
            persons.add(List.of(a.fullName(), a.position() == null ? "" : a.position(), names.getOrDefault(a.unitId(), ""),
                    t.t(a.present() == null ? "training.notRecorded" : a.present() ? "training.present" : "training.absent")));
        }
        return new XlsxTable(t.t("training.sheet"), training.title() + " – " + VietnamTime.date(training.startsOn()), List.of(t.t("training.col.unit"),
                t.t("training.col.registered"), t.t("training.col.present"), t.t("training.col.attended"), t.t("training.col.note")), units)
                .with(new XlsxTable.Table(t.t("training.bySubtree"), List.of(t.t("training.col.unit"), t.t("training.col.invited"),
                        t.t("training.col.unitsAttended"), t.t("training.col.registered"), t.t("training.col.present")), subtree))
                .with(new XlsxTable.Table(t.t("training.people"), List.of(t.t("training.col.name"), t.t("training.col.position"), t.t("training.col.unit"),
                        t.t("training.col.status")), persons));
    }
}
