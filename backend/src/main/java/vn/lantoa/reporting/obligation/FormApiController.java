package vn.lantoa.reporting.obligation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A unit's report forms as JSON, as the form builder edits them: sections, fields with their range, decimals, roll-up
 * and what each number counts (scope), rules. Saving makes the form's next version; reports already sent keep theirs.
 */
@Controller("/api/v1/units/{unitId}/report-forms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Biểu mẫu báo cáo")
class FormApiController {

    /** version: the form's version number, which is also its ETag ("v3"). */
    @Serdeable
    record FormView(long id, String title, long version, FormDefinition definition) implements Versioned {
    }

    /** Orders an integration may ask of the forms. */
    private static final Sorting<FormView> ORDER = Sorting.by(Map.of(
            "title", Comparator.comparing(FormView::title),
            "id", Comparator.comparingLong(FormView::id)));

    private final ObligationService service;
    private final ReportFormRepository forms;
    private final Access access;

    FormApiController(ObligationService service, ReportFormRepository forms, Access access) {
        this.service = service;
        this.forms = forms;
        this.access = access;
    }

    @Operation(operationId = "listReportForms", summary = "Các biểu mẫu của đơn vị", description = "sort: title, id.")
    @Get
    ApiList<FormView> list(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                           @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        return paging.slice(ORDER.sort(sort, forms.findByUnit(unitId).stream().map(this::view).toList()));
    }

    @Operation(operationId = "getReportForm", summary = "Một biểu mẫu, phiên bản hiện hành")
    @Get("/{formId}")
    FormView get(Actor actor, long unitId, long formId) {
        access.require(actor, unitId, Permission.VIEW);
        return view(forms.findByUnitIdAndId(unitId, formId).orElseThrow(() -> new NotFoundException("form " + formId)));
    }

    @Answers(201)
    @Operation(operationId = "createReportForm", summary = "Tạo biểu mẫu", description = "scope của biểu mẫu và của từng chỉ tiêu: OWN (số liệu của riêng đơn vị) hoặc CONSOLIDATED "
            + "(số liệu tổng hợp các đơn vị trực thuộc: số của đơn vị có đơn vị trực thuộc cùng gửi báo cáo không cộng thêm vào tổng). decimals: 0 "
            + "(số nguyên, không âm nếu không có min) đến 4; bỏ trống là tối đa 4. Lỗi: 400 VALIDATION_FAILED theo từng trường.")
    @Post
    HttpResponse<FormView> create(Actor actor, long unitId, @Body FormDefinition definition) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        FormView created = view(service.createForm(actor, unit, whole(definition)));
        return HttpResponse.status(HttpStatus.CREATED).body(created).header("Location", "/api/v1/units/" + unitId + "/report-forms/" + created.id());
    }

    @Answers(errors = {409, 412, 428})
    @Operation(operationId = "updateReportForm", summary = "Sửa biểu mẫu", description = "Lưu thành phiên bản mới; báo cáo đã gửi giữ phiên bản đã dùng. "
            + "Gửi ETag của lần đọc trong If-Match: nếu người khác đã lưu phiên bản mới hơn, trả về 412 STALE_VERSION; thiếu If-Match trả về 428.")
    @Put("/{formId}")
    FormView change(HttpRequest<?> request, Actor actor, long unitId, long formId, @Body FormDefinition definition) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        // Another unit's form is not found, whatever version is named.
        forms.findByUnitIdAndId(unitId, formId).orElseThrow(() -> new NotFoundException("form " + formId));
        long expected = Long.parseLong(Preconditions.expectedVersion(request, null));
        return view(service.changeForm(actor, unit, formId, whole(definition), expected));
    }

    /** Lists a client left out are empty, so the form's checks say what is missing rather than fail on it. */
    private static FormDefinition whole(FormDefinition d) {
        List<FormSection> sections = d.sections() == null ? List.of() : d.sections().stream()
                .map(s -> s == null || s.fields() != null ? s : new FormSection(s.key(), s.title(), s.repeating(), List.of())).toList();
        return new FormDefinition(d.title(), sections, d.rules() == null ? List.of() : d.rules(), d.scope());
    }

    private FormView view(ReportForm form) {
        return new FormView(form.id(), form.title(), form.currentVersion(), service.current(form));
    }
}
