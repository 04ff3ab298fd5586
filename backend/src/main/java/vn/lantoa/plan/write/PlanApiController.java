package vn.lantoa.plan.write;

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
import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.Quarters;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** A unit's yearly plans as JSON, for the province's own systems: the list, and one plan with its groups and items. */
@Controller("/api/v1/units/{unitId}/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Kế hoạch truyền thông")
class PlanApiController {

    private final Access access;
    private final PlanReads reads;

    PlanApiController(Access access, PlanReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Serdeable
    record PlanSummary(long id, int year, String title, String status, @Nullable String symbol, @Nullable LocalDate issuedOn,
                       @Nullable Long parentPlanId, @Nullable Long documentId, long version) {

        static PlanSummary of(Plan p) {
            return new PlanSummary(p.id(), p.planYear(), p.title(), p.status().name(), p.symbol(), p.issuedOn(), p.parentPlanId(), p.articleId(),
                    p.version());
        }
    }

    @Serdeable
    record ItemView(long id, int position, String topic, String productForm, @Nullable String productNote, @Nullable Long leadUnitId, String lead,
                    List<Long> partnerUnitIds, String partners, boolean appliesBelow, List<Integer> quarters, @Nullable LocalDate startsOn,
                    @Nullable LocalDate endsOn, @Nullable Long budgetVnd, @Nullable String budgetSource, @Nullable Long parentItemId, String lineage,
                    List<Long> topicIds) {
    }

    @Serdeable
    record GroupView(long id, String numeral, String title, @Nullable Long parentGroupId, List<ItemView> items) {
    }

    @Serdeable
    record PlanView(PlanSummary plan, @Nullable String purpose, List<String> legalBasis, List<GroupView> groups) implements Versioned {

        @Override
        public long version() {
            return plan.version();
        }
    }

    @Operation(operationId = "listPlans", summary = "Các kế hoạch truyền thông năm của đơn vị",
            description = "Năm mới nhất trước (sort: year tăng dần, -year giảm dần). status: DRAFT (đang soạn), IN_REVIEW (chờ lãnh đạo duyệt), ISSUED (đã ban hành); documentId: văn bản "
                    + "đã đăng trên trang thông tin của đơn vị, nếu có.")
    @Get
    ApiList<PlanSummary> listPlans(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        String order = sort == null || sort.isBlank() ? "-year" : sort.strip();
        if (!order.equals("year") && !order.equals("-year")) {
            throw vn.lantoa.platform.web.UserInputException.of("sort", "api.sort.invalid", "year");
        }
        List<PlanSummary> all = new java.util.ArrayList<>(reads.plans(unitId).stream().map(PlanSummary::of).toList());
        if (order.equals("year")) {
            java.util.Collections.reverse(all);
        }
        return Paging.of(page, perPage).slice(all);
    }

    @Operation(operationId = "getPlan", summary = "Một kế hoạch với căn cứ, mục đích và phụ lục (các nhóm và nội dung)",
            description = "Mỗi nội dung: sản phẩm (NEWS, VIDEO, INFOGRAPHIC, PRESS_CONFERENCE, CONTEST, EVENT, PUBLICATION, TRAINING, SOCIAL_POST, "
                    + "OTHER), đơn vị chủ trì và phối hợp, quý thực hiện (1-4) hoặc ngày, kinh phí (đồng), nội dung của kế hoạch cấp trên mà nó "
                    + "thực hiện (parentItemId) và lineage (chuỗi id từ kế hoạch cấp cao nhất).")
    @Get("/{planId}")
    PlanView getPlan(Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Plan plan = reads.plan(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        Appendix a = reads.appendix(plan);
        List<GroupView> groups = a.sections().stream().map(s -> new GroupView(s.group().id(), s.group().numeral(), s.group().title(),
                s.group().parentGroupId(), s.lines().stream().map(PlanApiController::item).toList())).toList();
        return new PlanView(PlanSummary.of(plan), plan.purpose(), plan.legalBasisLines(), groups);
    }

    private static ItemView item(Appendix.Line l) {
        var i = l.item();
        return new ItemView(i.id(), i.position(), i.topic(), i.productForm().name(), i.productNote(), i.leadUnitId(), l.lead(), l.partnerIds(),
                l.partners(), i.appliesBelow(), Quarters.of(i.quarters()), i.startsOn(), i.endsOn(), i.budgetVnd(), i.budgetSource(), i.parentItemId(),
                i.lineage(), l.topicIds());
    }
}
