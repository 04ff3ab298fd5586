package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The counts of the open cases below a unit as JSON, as the page "Phản ánh của cấp dưới" shows them: by unit, topic and age. */
@Controller("/api/v1/units/{unitId}/cases-below/counts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Phản ánh, kiến nghị")
class BelowCountsApiController {

    private final Access access;
    private final OpenBelow below;
    private final Escalations escalations;
    private final UnitRefRepository units;
    private final Languages languages;
    private final Clock clock;

    BelowCountsApiController(Access access, OpenBelow below, Escalations escalations, UnitRefRepository units, Languages languages, Clock clock) {
        this.access = access;
        this.below = below;
        this.escalations = escalations;
        this.units = units;
        this.languages = languages;
        this.clock = clock;
    }

    @Operation(operationId = "countCasesBelow", summary = "Số phản ánh đang mở của các đơn vị cấp dưới, theo đơn vị, lĩnh vực và thời gian đã nhận",
            description = "Chỉ để theo dõi, cho ai đọc được công việc của đơn vị (thành viên và cấp trên giám sát). Phản ánh chưa trả lời, chưa "
                    + "đóng, không tính thư rác, của mọi đơn vị bên dưới (không tính phản ánh của chính đơn vị). scopeUnitId: chỉ đếm trong một "
                    + "đơn vị cấp dưới và các đơn vị của nó (không thuộc cấp dưới: 400 desk.api.scope.invalid); topic: chỉ một lĩnh vực (topics "
                    + "vẫn đếm mọi lĩnh vực). units: từng đơn vị trực thuộc phạm vi với số của cả nhánh bên dưới nó (hasUnitsBelow: có thể "
                    + "dùng làm scopeUnitId), nhiều nhất trước; byAge: theo số ngày kể từ khi người dân gửi (dưới 3, 3-10, 10-30, trên 30 ngày). "
                    + "escalated: số phản ánh đang mở được chuyển lên đơn vị này do quá hạn. Chỉ có số đếm, không có dữ liệu cá nhân.")
    @Get
    BelowViews.Counts countCasesBelow(Actor actor, long unitId, @Nullable @QueryValue Long scopeUnitId, @Nullable @QueryValue String topic) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        BelowFilter filter = BelowFilter.of(units, top, scopeUnitId, topic, errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        UnitRef scope = filter.scope();
        long[] bands = new long[TreePages.BANDS.size()];
        Map<Long, long[]> byChild = new HashMap<>();
        for (OpenBelow.Count c : below.counts(top, scope, filter.topic(), clock.instant())) {
            bands[c.band()] += c.count();
            byChild.computeIfAbsent(c.child() == 0 ? scope.id() : c.child(), k -> new long[TreePages.BANDS.size()])[c.band()] += c.count();
        }
        Map<Long, UnitRef> children = byChild.isEmpty() ? Map.of()
                : units.findByIdIn(byChild.keySet()).stream().collect(Collectors.toMap(UnitRef::id, u -> u));
        List<BelowViews.UnitCount> unitCounts = byChild.entrySet().stream().map(e -> {
            UnitRef u = children.get(e.getKey());
            return new BelowViews.UnitCount(e.getKey(), u == null ? "" : u.name(), u != null && !u.id().equals(scope.id()) && u.type().mayHaveChildren(),
                    Arrays.stream(e.getValue()).sum(), BelowViews.AgeCounts.of(e.getValue()));
        }).sorted(Comparator.comparingLong(BelowViews.UnitCount::total).reversed().thenComparing(BelowViews.UnitCount::unitName)).toList();
        Translator t = languages.vietnamese();
        List<BelowViews.TopicCount> topics = below.topics(top, scope).entrySet().stream()
                .map(e -> new BelowViews.TopicCount(e.getKey().name(), t.t(e.getKey().labelKey()), e.getValue()))
                .sorted(Comparator.comparingLong(BelowViews.TopicCount::count).reversed()).toList();
        Topic chosen = filter.topic();
        return new BelowViews.Counts(top.id(), scope.id(), scope.name(), chosen == null ? null : chosen.name(), Arrays.stream(bands).sum(),
                BelowViews.AgeCounts.of(bands), unitCounts, topics, escalations.count(top));
    }
}
