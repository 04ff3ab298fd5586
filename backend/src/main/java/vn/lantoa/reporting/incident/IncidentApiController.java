package vn.lantoa.reporting.incident;

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
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** Quick reports of incidents received by the unit or sent from below it, as JSON: the unit's list of incidents. */
@Controller("/api/v1/units/{unitId}/incidents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Báo cáo nhanh")
class IncidentApiController {

    /** happenedAt: when the incident happened, as the sender said; receivedHere: sent to this unit (not only from below it). */
    @Serdeable
    record IncidentView(long reportId, long unitId, String unitName, long obligationId, String obligationTitle, String period, String periodLabel,
                        Instant happenedAt, Instant sentAt, boolean late, boolean receivedHere, String summary) {
    }

    /** Orders an integration may ask of the incidents; newest first unless told otherwise. */
    private static final Sorting<IncidentView> ORDER = Sorting.by(Map.of(
            "sentAt", Comparator.comparing(IncidentView::sentAt),
            "happenedAt", Comparator.comparing(IncidentView::happenedAt),
            "unitName", Comparator.comparing(IncidentView::unitName)));

    private final Incidents incidents;
    private final Access access;

    IncidentApiController(Incidents incidents, Access access) {
        this.incidents = incidents;
        this.access = access;
    }

    @Operation(operationId = "listIncidents", summary = "Các báo cáo nhanh sự việc gửi về đơn vị hoặc từ các đơn vị bên dưới",
            description = "90 ngày gần nhất, mới nhất trước (tối đa 200). sort: sentAt, happenedAt, unitName; updatedSince: gửi từ thời điểm này. Nội dung đầy đủ: GET /api/v1/units/{unitId}/received-reports/{reportId}.")
    @Get
    ApiList<IncidentView> listIncidents(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(ORDER.sort(sort, incidents.list(unit).stream().map(r -> new IncidentView(r.reportId(), r.unitId(), r.unitName(),
                r.obligationId(), r.obligationTitle(), r.period().code(), r.period().label(), r.period().eventInstant(), r.sentAt(), r.late(),
                r.receivedHere(), r.summary())).filter(i -> Since.keeps(since, i.sentAt())).toList()));
    }
}
