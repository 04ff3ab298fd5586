package vn.lantoa.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.plan.progress.PlanRows;
import vn.lantoa.plan.progress.ProgressWriter;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's progress of THPT Lắk's plan, recorded on a plan this test writes as the plan capability's demo would. */
@MicronautTest(transactional = false)
class DemoPlanProgressTest {

    @Inject
    Fixtures fixtures;
    @Inject
    PlanRows plans;
    @Inject
    ProgressWriter writer;
    @Inject
    UnitRefRepository units;
    @Inject
    JdbcOperations jdbc;
    @Inject
    SynchronousTransactionManager<Connection> tx;

    @Test
    void quartersOneToThreeAreRecordedWithOneItemDroppedForAReasonAndTheSchoolsArticlesAsEvidence() {
        Fixtures.World w = fixtures.world();
        long a = w.a().id();
        fixtures.published(w, a, ArticleKind.NEWS, "Lễ khai giảng năm học " + w.tag(), "<p>x</p>");
        fixtures.published(w, a, ArticleKind.NEWS, "Ngoại khóa an toàn giao thông " + w.tag(), "<p>x</p>");
        TestServers.sql("INSERT INTO plan (unit_id, plan_year, title, status, created_at, updated_at) VALUES (" + a + ", 2026, 'Kế hoạch', 'ISSUED', NOW(), NOW())");
        long plan = Long.parseLong(query("SELECT id FROM plan WHERE unit_id = " + a));
        TestServers.sql("INSERT INTO plan_group (unit_id, plan_id, position, numeral, title) VALUES (" + a + ", " + plan + ", 1, 'I', 'Tuyên truyền')");
        long group = Long.parseLong(query("SELECT id FROM plan_group WHERE plan_id = " + plan));
        int[] quarters = {15, 3, 6, 4, 8};
        for (int k = 0; k < quarters.length; k++) {
            TestServers.sql("INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, quarters, created_at, updated_at) VALUES ("
                    + a + ", " + plan + ", " + group + ", " + k + ", 'Nhiệm vụ " + k + "', 'NEWS', " + quarters[k] + ", NOW(), NOW())");
        }
        DemoPlanProgress demo = new DemoPlanProgress(plans, writer, units, jdbc);
        tx.executeWrite(status -> {
            demo.seed(plan);
            return null;
        });
        List<String> statuses = rows("SELECT CONCAT(i.position, ':', s.quarter, ':', s.status) FROM plan_item_status s JOIN plan_item i ON i.id = s.item_id "
                + "WHERE s.unit_id = " + a + " ORDER BY i.position, s.quarter");
        assertThat(statuses).containsExactly("0:1:DONE", "0:2:DONE", "0:3:IN_PROGRESS", "1:1:DONE", "1:2:DONE", "2:2:DONE", "2:3:DROPPED", "3:3:DONE");
        assertThat(query("SELECT reason FROM plan_item_status WHERE unit_id = " + a + " AND status = 'DROPPED'")).startsWith("Điều chỉnh theo chỉ đạo");
        assertThat(query("SELECT COUNT(*) FROM plan_evidence WHERE unit_id = " + a + " AND kind = 'ARTICLE'")).isEqualTo("3");
        assertThat(query("SELECT COUNT(*) FROM plan_evidence WHERE unit_id = " + a + " AND kind = 'LINK'")).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM plan_item_status WHERE updated_by = " + w.editorA().id())).isEqualTo("8");
    }

    private static String query(String sql) {
        List<String> r = rows(sql);
        return r.isEmpty() ? null : r.get(0);
    }

    private static List<String> rows(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getString(1));
            }
            return list;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
