package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;

/** The unit's outlets as JSON, so that an integration can name a journalist's outlet. */
@Controller("/api/v1/units/{unitId}/press-outlets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Danh bạ báo chí")
class OutletApiController {

    /** kind: NEWSPAPER, BROADCASTER, MAGAZINE, NEWS_SITE; scope: NATIONAL, LOCAL. */
    @Serdeable
    record OutletView(long id, long unitId, String name, String kind, String scope, @Nullable String website, @Nullable String email,
                      @Nullable String phone, long version) implements Versioned {

        static OutletView of(Outlet o) {
            return new OutletView(o.id(), o.unitId(), o.name(), o.kind().name(), o.scope().name(), o.website(), o.email(), o.phone(), o.version());
        }
    }

    @Serdeable
    record OutletRequest(@Nullable String name, @Nullable String kind, @Nullable String scope, @Nullable String website, @Nullable String email,
                         @Nullable String phone) {
    }

    private static final Sorting<OutletView> ORDER = Sorting.by(java.util.Map.of("name", java.util.Comparator.comparing(OutletView::name),
            "kind", java.util.Comparator.comparing(OutletView::kind), "scope", java.util.Comparator.comparing(OutletView::scope)));

    private final Access access;
    private final PressOutlets writes;
    private final OutletRepository outlets;

    OutletApiController(Access access, PressOutlets writes, OutletRepository outlets) {
        this.access = access;
        this.writes = writes;
        this.outlets = outlets;
    }

    @Operation(operationId = "listPressOutlets", summary = "Cơ quan báo chí trong danh bạ của đơn vị", description = "Theo tên. sort: name, kind, scope (thêm - ở đầu để giảm dần).")
    @Get
    ApiList<OutletView> list(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                             @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        return Paging.of(page, perPage).slice(ORDER.sort(sort, outlets.findByUnitIdOrderByName(unitId).stream().map(OutletView::of).toList()));
    }

    @Operation(operationId = "getPressOutlet", summary = "Một cơ quan báo chí trong danh bạ của đơn vị")
    @Get("/{outletId}")
    OutletView get(Actor actor, long unitId, long outletId) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        return OutletView.of(outlets.findByUnitIdAndId(unitId, outletId).orElseThrow(() -> new NotFoundException("outlet " + outletId)));
    }

    @Answers(201)
    @Operation(operationId = "createPressOutlet", summary = "Thêm một cơ quan báo chí vào danh bạ của đơn vị",
            description = "name (không trùng trong đơn vị), kind, scope (bắt buộc), website (http/https), email, phone. Gửi kèm Idempotency-Key.")
    @Post
    HttpResponse<OutletView> create(Actor actor, long unitId, @Body OutletRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Outlet created = writes.create(actor, unit, writes.check(unit, new OutletInput(body.name(), body.kind(), body.scope(), body.website(),
                body.email(), body.phone(), null), null));
        return HttpResponse.created(OutletView.of(created), URI.create("/api/v1/units/" + unitId + "/press-outlets/" + created.id()));
    }
}
