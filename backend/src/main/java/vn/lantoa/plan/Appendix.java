package vn.lantoa.plan;

import java.util.List;

/**
 * A plan with its appendix as documents and pages show it: groups in order, each with its items and the names of their
 * lead and partner units and topics already looked up.
 */
public record Appendix(Plan plan, List<Section> sections) {

    public record Section(PlanGroup group, List<Line> lines) {
    }

    /**
     * One item. lead: the lead unit's name or the free text; partners: the partner units' names then the free text.
     */
    public record Line(PlanItem item, String lead, List<Long> partnerIds, String partners, List<Long> topicIds, List<String> topics) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.lines().size()).sum();
    }

    public long budgetTotal() {
        return sections.stream().flatMap(s -> s.lines().stream()).mapToLong(l -> l.item().budgetVnd() == null ? 0 : l.item().budgetVnd()).sum();
    }

    public List<Line> lines() {
        return sections.stream().flatMap(s -> s.lines().stream()).toList();
    }
}
