package vn.lantoa.desk.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/** The desk's queue as XLSX, with the queue page's filters: the unit's desk roles only, as the queue itself. */
@Hidden
@Controller("/admin/u/{unitId}/desk/export.xlsx")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QueueExportController {

    private final Access access;
    private final QueueSheet sheet;

    QueueExportController(Access access, QueueSheet sheet) {
        this.access = access;
        this.sheet = sheet;
    }

    @Get
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String topic,
                           @Nullable @QueryValue String assignee, @Nullable @QueryValue String q) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        return sheet.of(actor, unit, status, topic, assignee, q).response("hang-doi-phan-anh-" + unit.slug() + ".xlsx");
    }
}
