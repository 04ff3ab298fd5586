package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.plan.progress.PlanRows;
import vn.lantoa.plan.progress.ProgressWriter;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * THPT Lắk carrying out its plan (seed 001): quarters I–III recorded as its editor would, most items done on time, the
 * current quarter's under way, one item given up with its reason, and the school's published articles and its fanpage post
 * given as evidence. Written through the progress pages' own rules (ProgressWriter); the plan must be issued.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPlanProgress {

    static final String DROPPED_REASON = "Điều chỉnh theo chỉ đạo của Sở GDĐT: nội dung được lồng ghép vào buổi sinh hoạt dưới cờ và "
            + "hoạt động ngoại khóa chung của khối 12, không tổ chức riêng.";
    static final String FANPAGE_POST = "https://www.facebook.com/thptlak.daklak/posts/ngoai-khoa-an-toan-giao-thong-2026";

    private final PlanRows plans;
    private final ProgressWriter writer;
    private final UnitRefRepository units;
    private final JdbcOperations jdbc;

    DemoPlanProgress(PlanRows plans, ProgressWriter writer, UnitRefRepository units, JdbcOperations jdbc) {
        this.plans = plans;
        this.writer = writer;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Records the progress of the issued plan {@code planId}, as the plan's unit's editor (or head) would. */
    void seed(long planId) {
        long[] unitAndYear = jdbc.prepareStatement("SELECT unit_id, plan_year FROM plan WHERE id = ?", ps -> {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        long unitId = unitAndYear[0];
        int year = (int) unitAndYear[1];
        UnitRef unit = units.findById(unitId).orElseThrow();
        Actor who = recorder(unitId);
        List<Long> articles = articles(unitId);
        int article = 0;
        int k = 0;
        boolean dropped = false;
        for (PlanRows.ItemRow item : plans.items(unitId, planId)) {
            List<Integer> quarters = item.planned(year).stream().filter(q -> q <= 3).toList();
            if (quarters.isEmpty()) {
                continue;
            }
            int last = quarters.get(quarters.size() - 1);
            boolean drop = !dropped && k == 2;
            for (int q : quarters) {
                String status;
                String reason = null;
                if (drop && q == last) {
                    status = "DROPPED";
                    reason = DROPPED_REASON;
                } else if (q < 3) {
                    status = "DONE";
                } else {
                    status = k % 2 == 0 ? "IN_PROGRESS" : "DONE";
                }
                writer.setStatus(who, unit, planId, item.id(), String.valueOf(q), status, reason);
            }
            dropped |= drop;
            if (!drop && !articles.isEmpty() && (quarters.get(0) < 3 || k % 2 == 1)) {
                writer.addEvidence(who, unit, planId, item.id(), "ARTICLE:" + articles.get(article++ % articles.size()), null, null);
            }
            if (k == 0) {
                writer.addEvidence(who, unit, planId, item.id(), "LINK", FANPAGE_POST, "Bài đăng trên trang Facebook của trường về buổi ngoại khóa");
            }
            k++;
        }
    }

    private Actor recorder(long unitId) {
        return jdbc.prepareStatement("SELECT u.id, u.email, u.full_name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? "
                + "AND m.role IN ('EDITOR', 'COMMITTEE_HEAD', 'UNIT_ADMIN') ORDER BY CASE m.role WHEN 'EDITOR' THEN 0 WHEN 'COMMITTEE_HEAD' THEN 1 ELSE 2 END, u.id "
                + "LIMIT 1", ps -> {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Actor(rs.getLong(1), rs.getString(2), rs.getString(3), false, List.of());
            }
        });
    }

    private List<Long> articles(long unitId) {
        return jdbc.prepareStatement("SELECT id FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL "
                + "ORDER BY published_at, id", ps -> {
            ps.setLong(1, unitId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
