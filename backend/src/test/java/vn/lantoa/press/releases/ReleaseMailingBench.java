package vn.lantoa.press.releases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestServers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of infra/bench/press-releases.sh (skipped unless -Dlantoa.bench=true): a press release of about 6 KB
 * mailed to BENCH_RECIPIENTS (5,000) contacts through the embedded SMTP sink (GreenMail, in this JVM), by the delivery
 * job as it runs in production. Prints the time to queue and to send, the rate, the bytes the job's thread allocated,
 * the heap's peak and the process's peak resident memory (both include GreenMail keeping every message it received).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "lantoa.bench", matches = "true")
class ReleaseMailingBench {

    @Inject
    Fixtures fixtures;
    @Inject
    ReleaseMailings mailings;
    @Inject
    ReleaseDeliveryJob job;
    @Inject
    UnitRefRepository units;

    @Test
    void mailingFiveThousandRecipients() throws Exception {
        int n = Integer.parseInt(System.getProperty("lantoa.bench.recipients", "5000"));
        Fixtures.World w = fixtures.world();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append("<p>Sáng nay, các thí sinh dự thi tốt nghiệp THPT năm 2024 tại 52 điểm thi trên địa bàn tỉnh đã hoàn thành bài thi môn Ngữ văn "
                    + "an toàn, nghiêm túc, đúng quy chế. Tỷ lệ thí sinh dự thi đạt 99,7%; không có thí sinh vi phạm quy chế.</p>");
        }
        Article release = fixtures.published(w, w.p().id(), ArticleKind.PRESS_RELEASE, "Thông cáo báo chí: kỳ thi " + w.tag(), body.toString());
        long list;
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement()) {
            StringBuilder sql = new StringBuilder("INSERT INTO press_contact (unit_id, full_name, email, active, created_at, updated_at) VALUES ");
            for (int i = 1; i <= n; i++) {
                sql.append(i > 1 ? ", " : "").append('(').append(w.p().id()).append(", 'Phóng viên ").append(i).append("', 'pv").append(i).append('-')
                        .append(w.tag()).append("@bao.test', TRUE, NOW(6), NOW(6))");
            }
            st.executeUpdate(sql.toString());
            st.executeUpdate("INSERT INTO press_list (unit_id, name, shared_down, created_at, updated_at) VALUES (" + w.p().id() + ", 'Bench', FALSE, NOW(6), NOW(6))",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                list = keys.getLong(1);
            }
            st.executeUpdate("INSERT INTO press_list_member (unit_id, list_id, contact_id) SELECT " + w.p().id() + ", " + list + ", id FROM press_contact "
                    + "WHERE unit_id = " + w.p().id());
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        long heapBefore = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int receivedBefore = TestServers.smtp().received().size();

        long t0 = System.nanoTime();
        ReleaseMailings.Outcome queued = mailings.queue(fixtures.actor(w.adminP()), units.findById(w.p().id()).orElseThrow(), release.id(), List.of(list), null);
        long t1 = System.nanoTime();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        int runs = 0;
        int sent = 0;
        while (sent < n && runs < 100) {
            sent += job.run().sent();
            runs++;
        }
        long t2 = System.nanoTime();
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long heapPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long messageBytes;
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT LENGTH(body_text) + LENGTH(body_html) FROM press_mailing WHERE id = "
                     + queued.mailingId())) {
            rs.next();
            messageBytes = rs.getLong(1);
        }
        assertThat(queued.recipients()).isEqualTo(n);
        assertThat(sent).isEqualTo(n);
        StringBuilder out = new StringBuilder();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").trim();
        out.append(String.format(Locale.ROOT, "%nPRESS-RELEASE BENCH: %d recipients, release bodies %d bytes (text + HTML), %d cores%n", n, messageBytes,
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "PRESS-RELEASE BENCH: queued in %.2f s (one transaction: mailing + %d delivery rows)%n", (t1 - t0) / 1e9, n));
        out.append(String.format(Locale.ROOT, "PRESS-RELEASE BENCH: sent in %.2f s by %d job run(s) = %.0f mails/s; SMTP sink received %d%n", (t2 - t1) / 1e9, runs,
                n / ((t2 - t1) / 1e9), TestServers.smtp().received().size() - receivedBefore));
        out.append(String.format(Locale.ROOT, "PRESS-RELEASE BENCH: job thread allocated %.1f MB (%.1f KB per mail)%n", allocated / 1048576.0, allocated / 1024.0 / n));
        out.append(String.format(Locale.ROOT, "PRESS-RELEASE BENCH: heap %.0f MB before, peak %.0f MB during (max %.0f MB); process peak RSS %s%n",
                heapBefore / 1048576.0, heapPeak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, hwm.replaceAll("\\s+", " ")));
        System.out.print(out);
        // The script reads the figures here: the test's output is not always echoed by a quiet Maven.
        Files.writeString(Path.of("target", "press-releases-bench.txt"), out.toString());
    }
}
