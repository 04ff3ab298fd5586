package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.topic.Topic;
import vn.lantoa.topic.TopicKeeping;
import vn.lantoa.topic.TopicLinks;
import vn.lantoa.topic.Topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sector's shared topics (issue 14 item 3): the ministry's standard list, Sở Đắk Lắk's own themes for its tree (the
 * exam of seed 000), and topics on the demo's articles, clippings and cases so that the coverage page has something to
 * count. seed() runs before the other capabilities' demo data, so that theirs may carry topics; tagSamples() at the end.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoTopics {

    /** Words of a title or message, and the topic codes a piece with them is about. */
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("tốt nghiệp", List.of("THI_CU", "DL_THI_TN")),
            Map.entry("kỳ thi", List.of("THI_CU")),
            Map.entry("điểm thi", List.of("THI_CU")),
            Map.entry("an toàn", List.of("AN_TOAN")),
            Map.entry("đuối nước", List.of("AN_TOAN")),
            Map.entry("chuyển đổi số", List.of("CDS")),
            Map.entry("mầm non", List.of("GDMN")),
            Map.entry("giáo viên", List.of("DOI_NGU")),
            Map.entry("nhà giáo", List.of("DOI_NGU")),
            Map.entry("tuyển sinh", List.of("TUYEN_SINH")),
            Map.entry("lớp 10", List.of("TUYEN_SINH")),
            Map.entry("khen thưởng", List.of("THI_DUA")),
            Map.entry("thi đua", List.of("THI_DUA")),
            Map.entry("học phí", List.of("CHINH_SACH")),
            Map.entry("thu chi", List.of("CHINH_SACH")),
            Map.entry("sách giáo khoa", List.of("SGK")),
            Map.entry("học sinh giỏi", List.of("GDPT", "THI_DUA")),
            Map.entry("ngày hội", List.of("GDPT")));

    /** The desk's own topic of a case, as one of the sector's themes. */
    private static final Map<String, String> CASE_TOPICS = Map.of("THI_CU", "THI_CU", "AN_TOAN", "AN_TOAN", "HOC_PHI", "CHINH_SACH",
            "TUYEN_SINH", "TUYEN_SINH", "CAN_BO", "DOI_NGU", "CHE_DO", "CHINH_SACH");

    private final TopicKeeping keeping;
    private final TopicLinks links;
    private final Topics topics;
    private final UnitRefRepository refs;
    private final JdbcOperations jdbc;

    DemoTopics(TopicKeeping keeping, TopicLinks links, Topics topics, UnitRefRepository refs, JdbcOperations jdbc) {
        this.keeping = keeping;
        this.links = links;
        this.topics = topics;
        this.refs = refs;
        this.jdbc = jdbc;
    }

    void seed(Actor system, long ministry, long soDakLak) {
        keeping.loadStandard(system, ref(ministry));
        UnitRef dakLak = ref(soDakLak);
        keeping.add(system, dakLak, "DL_THI_TN", "Kỳ thi tốt nghiệp THPT");
        keeping.add(system, dakLak, "DL_TRUONG_DAN_TOC", "Giáo dục vùng đồng bào dân tộc thiểu số");
    }

    /** Topics on the pieces already written, by the words of their titles (articles, clippings) or the case's own topic. */
    void tagSamples() {
        for (long[] row : rows("SELECT unit_id, id FROM article WHERE status = 'PUBLISHED'")) {
            tag(TopicLinks.Carrier.ARTICLE, row, text("SELECT CONCAT(title, ' ', IFNULL(summary, '')) FROM article WHERE id = " + row[1]));
        }
        for (long[] row : rows("SELECT unit_id, id FROM press_clipping")) {
            tag(TopicLinks.Carrier.CLIPPING, row, text("SELECT title FROM press_clipping WHERE id = " + row[1]));
        }
        for (long[] row : rows("SELECT unit_id, id FROM desk_case WHERE NOT spam")) {
            String deskTopic = text("SELECT topic FROM desk_case WHERE id = " + row[1]);
            Set<String> codes = new LinkedHashSet<>(codes(text("SELECT message FROM desk_case WHERE id = " + row[1])));
            if (CASE_TOPICS.containsKey(deskTopic)) {
                codes.add(CASE_TOPICS.get(deskTopic));
            }
            apply(TopicLinks.Carrier.CASE, row, codes);
        }
    }

    private void tag(TopicLinks.Carrier carrier, long[] row, String text) {
        apply(carrier, row, codes(text));
    }

    private void apply(TopicLinks.Carrier carrier, long[] row, Set<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        UnitRef unit = ref(row[0]);
        List<Long> ids = new ArrayList<>();
        for (Topic t : topics.availableTo(unit)) {
            if (codes.contains(t.code())) {
                ids.add(t.id());
            }
        }
        if (!ids.isEmpty()) {
            links.replace(carrier, unit, row[1], ids, "topicIds");
        }
    }

    private static Set<String> codes(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Set<String> codes = new LinkedHashSet<>();
        WORDS.forEach((word, c) -> {
            if (lower.contains(word)) {
                codes.addAll(c);
            }
        });
        return codes;
    }

    private UnitRef ref(long unitId) {
        return refs.findById(unitId).orElseThrow();
    }

    private List<long[]> rows(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            try (var rs = ps.executeQuery()) {
                List<long[]> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
                return rows;
            }
        });
    }

    private String text(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }
}
