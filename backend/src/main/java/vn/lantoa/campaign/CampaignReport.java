package vn.lantoa.campaign;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher sees of a campaign: per target unit how many items it published in the campaign's category, those
 * that published none, and for a deep tree the same summed per unit directly below the launcher (a Sở sees each Phòng's
 * schools together). Built from the one grouped query of {@link CampaignRepository#counts}; filtered in memory.
 */
public record CampaignReport(List<TargetCount> rows, List<Branch> branches, int targets, int silent, long published, Filter filter) {

    /** The units below one direct child of the launcher (the child itself included, when it is a target). */
    public record Branch(long unitId, String name, int targets, int silent, long published) {
    }

    /** show: "all", "none" (published nothing) or "some"; q: part of a name, tone marks optional; below: a direct child's id. */
    public record Filter(String show, String q, Long below) {

        static Filter of(String show, String q, Long below) {
            String s = "none".equals(show) || "some".equals(show) ? show : "all";
            return new Filter(s, q == null ? "" : q.strip(), below);
        }

        boolean keeps(TargetCount row, Long branch) {
            if ("none".equals(show) && row.published() > 0 || "some".equals(show) && row.published() == 0) {
                return false;
            }
            if (below != null && !below.equals(branch)) {
                return false;
            }
            return q.isEmpty() || VietnameseText.fold(row.unitName()).contains(VietnameseText.fold(q));
        }
    }

    static CampaignReport of(UnitRef launcher, List<TargetCount> all, Map<Long, String> childNames, Filter filter) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Long> sums = new LinkedHashMap<>();
        List<TargetCount> kept = new ArrayList<>();
        int silent = 0;
        long published = 0;
        boolean deep = false;
        for (TargetCount row : all) {
            Long branch = branchOf(launcher, row);
            deep |= row.depth() > launcher.depth() + 1;
            int[] c = counts.computeIfAbsent(branch, k -> new int[2]);
            c[0]++;
            if (row.published() == 0) {
                c[1]++;
                silent++;
            }
            sums.merge(branch, row.published(), Long::sum);
            published += row.published();
            if (filter.keeps(row, branch)) {
                kept.add(row);
            }
        }
        List<Branch> branches = new ArrayList<>();
        if (deep) {
            counts.forEach((id, c) -> branches.add(new Branch(id, childNames.getOrDefault(id, String.valueOf(id)), c[0], c[1], sums.get(id))));
        }
        return new CampaignReport(kept, branches, all.size(), silent, published, filter);
    }

    /** The launcher's direct child whose subtree holds the row: the first id of its path below the launcher's. */
    static Long branchOf(UnitRef launcher, TargetCount row) {
        String rest = row.path().substring(Math.min(row.path().length(), launcher.path().length()));
        int slash = rest.indexOf('/');
        try {
            return Long.valueOf(slash < 0 ? rest : rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return row.unitId();
        }
    }

    XlsxTable xlsx(Translator t, Campaign campaign) {
        List<List<Object>> lines = new ArrayList<>();
        int i = 0;
        for (TargetCount row : rows) {
            lines.add(List.of(++i, row.unitName(), row.published(), row.lastPublished() == null ? "" : VietnamTime.date(row.lastPublished())));
        }
        XlsxTable table = new XlsxTable(t.t("campaign.xlsx.sheet"), campaign.name() + " – " + campaign.categoryName() + " ("
                + VietnamTime.date(campaign.startsOn()) + " – " + VietnamTime.date(campaign.endsOn()) + ")",
                List.of(t.t("campaign.col.no"), t.t("campaign.col.unit"), t.t("campaign.col.published"), t.t("campaign.col.last")), lines);
        if (!branches.isEmpty()) {
            table = table.with(new XlsxTable.Table(t.t("campaign.branches"), List.of(t.t("campaign.col.branch"), t.t("campaign.col.targets"),
                    t.t("campaign.col.silent"), t.t("campaign.col.published")), branches.stream()
                    .map(b -> List.<Object>of(b.name(), b.targets(), b.silent(), b.published())).toList()));
        }
        return table;
    }
}
