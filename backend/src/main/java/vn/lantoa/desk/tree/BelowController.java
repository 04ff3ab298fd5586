package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.desk.CaseStepRepository;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The unit above's read-only view of the open cases below it: counts by unit, topic and age, the oldest first, and the cases
 * escalated to it for being late. Whoever reads the unit's roll-ups reads this (Permission.VIEW: its members and oversight
 * from above); the citizen's personal data stays masked, except for the unit's own desk roles on a case that was forwarded
 * through this unit or escalated to it ({@link Unmasking}, which records every such view).
 */
@Hidden
@Controller("/admin/u/{unitId}/desk/below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class BelowController {

    static final int LIMIT = 100;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final OpenBelow below;
    private final TransferRepository transfers;
    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final UnitRefRepository units;
    private final SlaClock sla;
    private final Clock clock;
    private final Unmasking unmasking;

    BelowController(Access access, ShellFactory shells, Pages pages, OpenBelow below, TransferRepository transfers, DeskCaseRepository cases,
                    CaseStepRepository steps, UnitRefRepository units, SlaClock sla, Clock clock, Unmasking unmasking) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.below = below;
        this.transfers = transfers;
        this.cases = cases;
        this.steps = steps;
        this.units = units;
        this.sla = sla;
        this.clock = clock;
        this.unmasking = unmasking;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String unit, @Nullable @QueryValue String topic) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        UnitRef scope = parseId(unit) == null ? top : units.findById(parseId(unit)).filter(top::isAncestorOf).orElse(top);
        Topic t = parseTopic(topic);
        Instant now = clock.instant();
        Shell shell = shells.of(request, actor, top, "desk");

        long total = 0;
        long[] bands = new long[TreePages.BANDS.size()];
        Map<Long, long[]> byChild = new HashMap<>();
        for (OpenBelow.Count c : below.counts(top, scope, t, now)) {
            total += c.count();
            bands[c.band()] += c.count();
            byChild.computeIfAbsent(c.child() == 0 ? scope.id() : c.child(), k -> new long[TreePages.BANDS.size()])[c.band()] += c.count();
        }
        Map<Long, UnitRef> children = byChild.isEmpty() ? Map.of()
                : units.findByIdIn(byChild.keySet()).stream().collect(Collectors.toMap(UnitRef::id, u -> u));
        List<TreePages.UnitCount> unitCounts = byChild.entrySet().stream()
                .map(e -> new TreePages.UnitCount(e.getKey(), children.containsKey(e.getKey()) ? children.get(e.getKey()).name() : "",
                        !e.getKey().equals(scope.id()) && children.containsKey(e.getKey()) && children.get(e.getKey()).type().mayHaveChildren(),
                        Arrays.stream(e.getValue()).sum(), e.getValue()))
                .sorted(Comparator.comparingLong(TreePages.UnitCount::total).reversed().thenComparing(TreePages.UnitCount::unitName))
                .toList();
        Map<Topic, Long> byTopic = below.topics(top, scope);
        List<TreePages.TopicCount> topicCounts = byTopic.entrySet().stream().map(e -> new TreePages.TopicCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TreePages.TopicCount::count).reversed()).toList();

        List<OpenBelow.Found> escalated = scope.id().equals(top.id()) ? below.escalatedTo(top, LIMIT) : List.of();
        List<OpenBelow.Found> oldest = below.oldest(top, scope, t, LIMIT);
        Set<Long> mine = unmasking.unmasked(actor, top, Stream.concat(escalated.stream(), oldest.stream()).map(OpenBelow.Found::id).toList());
        unmasking.viewed(actor, top, Stream.concat(escalated.stream(), oldest.stream()).toList(), mine);
        Map<Long, Instant> escalatedAt = escalated.stream().collect(Collectors.toMap(OpenBelow.Found::id, OpenBelow.Found::escalatedAt, (x, y) -> x));
        Map<Long, String> rowUnits = names(Stream.concat(escalated.stream(), oldest.stream()).map(OpenBelow.Found::unitId).collect(Collectors.toSet()));
        List<Option> topics = new ArrayList<>();
        for (Topic each : Topic.values()) {
            topics.add(new Option(each.name(), shell.t(each.labelKey())));
        }
        return pages.render("desk/tree/below", new TreePages.BelowPage(shell, scope.id().equals(top.id()) ? null : scope.name(),
                scope.id().equals(top.id()) ? "" : String.valueOf(scope.id()), t == null ? "" : t.name(), topics, total, bands, unitCounts,
                topicCounts, escalated.stream().map(f -> row(f, rowUnits, mine.contains(f.id()), now, f.escalatedAt())).toList(),
                oldest.stream().map(f -> row(f, rowUnits, mine.contains(f.id()), now, escalatedAt.get(f.id()))).toList(), LIMIT));
    }

    @Get("/{caseId}")
    HttpResponse<?> showCase(HttpRequest<?> request, Actor actor, long unitId, long caseId) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        long caseUnit = below.unitOfCaseBelow(top, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        DeskCase c = cases.findByUnitIdAndId(caseUnit, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        boolean unmasked = unmasking.unmasked(actor, top, List.of(caseId)).contains(caseId);
        if (unmasked) {
            unmasking.viewed(actor, top, c);
        }
        List<CaseTransfer> moves = transfers.ofCases(List.of(caseId));
        Map<Long, String> names = names(Stream.concat(Stream.of(caseUnit), moves.stream().flatMap(m -> Stream.of(m.fromUnitId(), m.toUnitId())))
                .collect(Collectors.toSet()));
        List<TreePages.CaseTransferView> views = moves.stream().map(m -> new TreePages.CaseTransferView(m.kind(), names.get(m.fromUnitId()),
                names.get(m.toUnitId()), m.at(), unmasked ? m.reason() : null)).toList();
        return pages.render("desk/tree/belowcase", new TreePages.BelowCasePage(shells.of(request, actor, top, "desk"), c, names.get(caseUnit), unmasked,
                unmasked ? c.citizenName() : Masks.name(c.citizenName()), unmasked ? c.citizenPhone() : Masks.phone(c.citizenPhone()),
                unmasked ? c.citizenEmail() : Masks.email(c.citizenEmail()), sla.of(c, clock.instant()), steps.history(caseUnit, caseId), views));
    }

    private TreePages.Row row(OpenBelow.Found f, Map<Long, String> unitNames, boolean unmasked, Instant now, Instant escalatedAt) {
        String citizen = Stream.of(unmasked ? f.name() : Masks.name(f.name()), unmasked ? f.phone() : Masks.phone(f.phone()),
                unmasked ? f.email() : Masks.email(f.email())).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        Instant due = below.due(f);
        return new TreePages.Row(f.id(), f.unitId(), unitNames.getOrDefault(f.unitId(), ""), f.code(), f.topic(), f.status(), f.channel(), f.receivedAt(),
                citizen.isEmpty() ? null : citizen, f.excerpt(), due, due.isBefore(now), escalatedAt);
    }

    private Map<Long, String> names(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
    }

    private static Topic parseTopic(String value) {
        for (Topic t : Topic.values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
