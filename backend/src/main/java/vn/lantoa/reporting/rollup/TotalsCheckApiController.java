package vn.lantoa.reporting.rollup;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.tenancy.Actor;

import java.util.List;

/** The reporting store's consistency check (see {@link TotalsCheck}) as JSON, for platform admins and their monitoring. */
@Controller("/api/v1/platform/totals-check")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Vận hành")
class TotalsCheckApiController {

    @Serdeable
    record Result(boolean consistent, List<TotalsCheck.Difference> differences) {
    }

    private final TotalsCheck check;

    TotalsCheckApiController(TotalsCheck check) {
        this.check = check;
    }

    @Operation(operationId = "runTotalsCheck", summary = "Kiểm tra số tổng hợp: mọi nhóm có tổng bằng số liệu của các báo cáo (chỉ quản trị nền tảng)")
    @Get
    Result run(Actor actor) {
        if (!actor.platformAdmin()) {
            throw new ForbiddenException("platform admin");
        }
        List<TotalsCheck.Difference> differences = check.run();
        return new Result(differences.isEmpty(), differences);
    }
}
