package vn.lantoa.desk.stats;

import jakarta.inject.Singleton;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Topic;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every table of the statistics page and sheet: the total, and the lines per month, topic, channel and unit below. */
@Singleton
public class StatsTables {

    /** A line with what it is about, as people read it. */
    public record Named(String key, String label, StatsLine line) {
    }

    public record Tables(StatsScope scope, StatsRange range, StatsLine total, List<Named> months, List<Named> topics, List<Named> channels,
                         List<Named> units) {
    }

    private final DeskStatistics statistics;
    private final UnitRefRepository units;
    private final Clock clock;

    StatsTables(DeskStatistics statistics, UnitRefRepository units, Clock clock) {
        this.statistics = statistics;
        this.units = units;
        this.clock = clock;
    }

    /** Every month, topic and channel has its line, zeros included; units only when they received a case (and the unit itself). */
    public Tables of(StatsScope scope, StatsRange range, java.util.function.Function<String, String> t) {
        java.time.Instant now = clock.instant();
        StatsLine total = statistics.lines(scope, range, DeskStatistics.Breakdown.TOTAL, now).getOrDefault("all", StatsLine.empty("all"));
        Map<String, StatsLine> byMonth = statistics.lines(scope, range, DeskStatistics.Breakdown.MONTH, now);
        List<Named> months = new ArrayList<>();
        for (YearMonth m : range.months()) {
            months.add(new Named(m.toString(), t.apply("desk.stats.month") + " " + m.getMonthValue() + "/" + m.getYear(),
                    byMonth.getOrDefault(m.toString(), StatsLine.empty(m.toString()))));
        }
        Map<String, StatsLine> byTopic = statistics.lines(scope, range, DeskStatistics.Breakdown.TOPIC, now);
        List<Named> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(new Named(topic.name(), t.apply(topic.labelKey()), byTopic.getOrDefault(topic.name(), StatsLine.empty(topic.name()))));
        }
        Map<String, StatsLine> byChannel = statistics.lines(scope, range, DeskStatistics.Breakdown.CHANNEL, now);
        List<Named> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            channels.add(new Named(channel.name(), t.apply(channel.labelKey()),
                    byChannel.getOrDefault(channel.name(), StatsLine.empty(channel.name()))));
        }
        List<Named> unitLines = new ArrayList<>();
        if (scope.subtree()) {
            Map<String, StatsLine> byUnit = statistics.lines(scope, range, DeskStatistics.Breakdown.UNIT, now);
            Set<Long> ids = new LinkedHashSet<>();
            ids.add(scope.unit().id());
            byUnit.keySet().forEach(k -> ids.add(Long.valueOf(k)));
            for (UnitRef u : units.findByIdIn(ids)) {
                String key = String.valueOf(u.id());
                unitLines.add(new Named(key, u.name(), byUnit.getOrDefault(key, StatsLine.empty(key))));
            }
        }
        return new Tables(scope, range, total, months, topics, channels, unitLines);
    }
}
