package vn.lantoa.desk.settings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.CaseDeadlines;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.publication.PublicCachesStale;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A unit's list of topics as its public form and its desk use it: for each standard topic, the nearest setting on the
 * path from the unit itself up to the root (a school without settings of its own follows its Phòng, which follows its
 * Sở), else the defaults: shown, with the standard label, acknowledged within 1 working day and answered within 10.
 */
@Singleton
public class DeskTopics implements SlaClock.DaysPerTopic {

    static final int DAYS_MIN = 1;
    static final int ACKNOWLEDGE_MAX = 30;
    static final int ANSWER_MAX = 90;
    static final int LABEL_MAX = 100;

    private final TopicSettingRepository settings;
    private final UnitRefRepository units;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicChanges publicChanges;
    private final Cache<Long, Known> byUnit = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(30)).build();
    private final AtomicLong generation = new AtomicLong();

    // A provider: the SLA clock reads this class's days, and the deadlines are reckoned with that clock.
    private final Provider<CaseDeadlines> deadlines;

    DeskTopics(TopicSettingRepository settings, UnitRefRepository units, AuditLog audit, Clock clock, PublicChanges publicChanges,
               Provider<CaseDeadlines> deadlines) {
        this.deadlines = deadlines;
        this.publicChanges = publicChanges;
        this.settings = settings;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A topic as a unit sees it. label is the unit's own wording or null for the standard one; fromUnitId is the unit
     * whose setting applies (null for the defaults).
     */
    public record Effective(Topic topic, boolean hidden, @Nullable String label, int acknowledgeDays, int answerDays, @Nullable Long fromUnitId) {

        /** The label shown: the unit's own, or the standard one in the reader's language. */
        public String label(Function<String, String> translate) {
            return label != null ? label : translate.apply(topic.labelKey());
        }

        public SlaClock.Days days() {
            return new SlaClock.Days(acknowledgeDays, answerDays);
        }
    }

    /**
     * Every standard topic, in the enum's order, as it applies to the unit. Kept in memory like the site's frame: the
     * public form checks the list on every submission (two queries each on an exam-day rush of 200 a second), and it
     * changes only when a unit's settings are saved or the tree changes, which drop it (PublicCachesStale).
     */
    public List<Effective> effective(long unitId) {
        long generation = this.generation.get();
        Known known = byUnit.getIfPresent(unitId);
        if (known != null && known.generation() == generation) {
            return known.topics();
        }
        UnitRef unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        List<Effective> topics = List.copyOf(effective(unit));
        // Stamped with the generation read before the queries: a list read while a change committed is read again.
        byUnit.put(unitId, new Known(generation, topics));
        return topics;
    }

    /** A unit's list as read at one generation of the settings. */
    private record Known(long generation, List<Effective> topics) {
    }

    /** Any unit's settings, or the tree, changed: a unit's list may come from any unit above it, so every list is dropped. */
    @EventListener
    void onStale(PublicCachesStale stale) {
        generation.incrementAndGet();
        byUnit.invalidateAll();
    }

    public List<Effective> effective(UnitRef unit) {
        List<Long> path = unit.pathIds();
        Map<Long, Integer> depth = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            depth.put(path.get(i), i);
        }
        Map<Topic, TopicSetting> nearest = new EnumMap<>(Topic.class);
        for (TopicSetting s : settings.findByUnitIdIn(path)) {
            TopicSetting known = nearest.get(s.topic());
            if (known == null || depth.getOrDefault(s.unitId(), -1) > depth.getOrDefault(known.unitId(), -1)) {
                nearest.put(s.topic(), s);
            }
        }
        List<Effective> list = new ArrayList<>();
        for (Topic t : Topic.values()) {
            TopicSetting s = nearest.get(t);
            list.add(s == null ? new Effective(t, false, null, SlaClock.ACKNOWLEDGE_DAYS, SlaClock.ANSWER_DAYS, null)
                    : new Effective(t, s.hidden(), s.label(), s.acknowledgeDays(), s.answerDays(), s.unitId()));
        }
        return list;
    }

    /** The topics a citizen or an officer may choose for a new case of the unit. */
    public List<Effective> visible(long unitId) {
        return effective(unitId).stream().filter(e -> !e.hidden()).toList();
    }

    @Override
    public Map<Topic, SlaClock.Days> days(long unitId) {
        Map<Topic, SlaClock.Days> days = new EnumMap<>(Topic.class);
        for (Effective e : effective(unitId)) {
            days.put(e.topic(), e.days());
        }
        return days;
    }

    /** True when the unit has settings of its own (otherwise it follows the units above). */
    public boolean hasOwn(long unitId) {
        return !settings.findByUnitIdIn(List.of(unitId)).isEmpty();
    }

    /** A unit's own choice for one topic, as the settings page sends it. */
    record Choice(Topic topic, boolean hidden, @Nullable String label, int acknowledgeDays, int answerDays) {
    }

    /** The unit's own list, replacing what it had; from now on it no longer follows the units above for any topic. */
    @Transactional
    void save(Actor actor, long unitId, List<Choice> choices) {
        Instant now = clock.instant();
        settings.deleteOwn(unitId);
        Map<String, Object> after = new LinkedHashMap<>();
        for (Choice c : choices) {
            settings.save(new TopicSetting(null, unitId, c.topic(), c.hidden(), c.label(), c.acknowledgeDays(), c.answerDays(), now, actor.userId()));
            after.put(c.topic().name(), (c.hidden() ? "ẩn" : "hiện") + ", " + c.acknowledgeDays() + "/" + c.answerDays() + " ngày"
                    + (c.label() == null ? "" : ", " + c.label()));
        }
        // The labels show on the unit's public Q&A pages.
        publicChanges.changed(unitId);
        reckonOpenCases(unitId);
        audit.record(actor, unitId, "desk.settings.saved", "unit", unitId, "Lĩnh vực và thời hạn của bàn tiếp nhận phản ánh", null, after);
    }

    /** The open cases of the unit and of the units below that follow it now run on the new days (in this transaction). */
    private void reckonOpenCases(long unitId) {
        // The lists kept in memory are dropped after the commit (PublicCachesStale); the cases are reckoned before it, with
        // the days this transaction just wrote, so this instance's lists go now.
        generation.incrementAndGet();
        byUnit.invalidateAll();
        deadlines.get().refreshUnder(units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId)).path());
    }

    /** Drops the unit's own list: it follows the units above again. */
    @Transactional
    void reset(Actor actor, long unitId) {
        settings.deleteOwn(unitId);
        publicChanges.changed(unitId);
        reckonOpenCases(unitId);
        audit.record(actor, unitId, "desk.settings.reset", "unit", unitId, "Lĩnh vực và thời hạn theo đơn vị cấp trên", null, null);
    }
}
