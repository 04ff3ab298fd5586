package vn.lantoa.topic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Comparator;
import java.util.Map;

/** The topics a unit's articles, plan items, clippings and cases may carry, as JSON. */
@Controller("/api/v1/units/{unitId}/topics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Chủ đề truyền thông")
class TopicApiController {

    /** keeperUnitId: the unit that keeps the topic (the ministry, the unit's Sở, or the unit itself). */
    @Serdeable
    record TopicView(long id, String code, String name, long keeperUnitId, int position, boolean active) {
    }

    /** Without a sort: the tree's order (the ministry's first), then each keeper's own order. */
    private static final Sorting<Topic> ORDER = Sorting.by(Map.of(
            "code", Comparator.comparing(Topic::code),
            "name", Comparator.comparing(Topic::name)));

    private final Topics topics;
    private final Access access;

    TopicApiController(Topics topics, Access access) {
        this.topics = topics;
        this.access = access;
    }

    @Operation(operationId = "listUnitTopics", summary = "Chủ đề truyền thông dùng được ở đơn vị",
            description = "Danh sách chủ đề của Bộ, của Sở và của chính đơn vị (nếu có), theo thứ tự từ cấp cao nhất rồi theo vị trí. "
                    + "sort: code, name (thêm - ở đầu để giảm dần); includeRetired=true: kèm cả chủ đề đã ngừng dùng (active=false), để đọc dữ liệu "
                    + "cũ. Đọc được từ đơn vị cấp trên.")
    @Get
    ApiList<TopicView> listUnitTopics(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Boolean includeRetired,
                                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        return paging.slice(ORDER.sort(sort, Boolean.TRUE.equals(includeRetired) ? topics.allAvailableTo(unit) : topics.availableTo(unit)).stream()
                .map(t -> new TopicView(t.id(), t.code(), t.name(), t.unitId(), t.position(), t.active())).toList());
    }
}
