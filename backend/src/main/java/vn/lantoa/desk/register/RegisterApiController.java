package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The public-opinion register as JSON: the unit's and its units' below (read-only), and the unit's own to write. */
@Controller("/api/v1/units/{unitId}/public-opinion-issues")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sổ theo dõi dư luận")
class RegisterApiController {

    /**
     * unitId: the unit that keeps the entry; unitIds: the units it concerns; caseCodes: the desk cases linked to it.
     * resolvedAt: when it was marked handled.
     */
    @Serdeable
    record IssueView(long id, long unitId, String unitName, String title, String source, @Nullable String link, LocalDate firstSeenOn,
                     String severity, String status, @Nullable String handling, @Nullable String result, List<Long> unitIds, List<String> caseCodes,
                     @Nullable Instant resolvedAt, Instant createdAt, Instant updatedAt, long version) implements Versioned {

        static IssueView of(RegisterSearch.Line l, List<Long> unitIds, List<String> caseCodes) {
            return new IssueView(l.id(), l.unitId(), l.unitName(), l.title(), l.source().name(), l.link(), l.firstSeenOn(), l.severity().name(),
                    l.status().name(), l.handling(), l.result(), unitIds, caseCodes, l.resolvedAt(), l.createdAt(), l.updatedAt(), l.version());
        }
    }

    /** An entry as sent: firstSeenOn yyyy-MM-dd; version (or If-Match) on update. */
    @Serdeable
    record IssueRequest(@Nullable String title, @Nullable String source, @Nullable String link, @Nullable String firstSeenOn,
                        @Nullable String severity, @Nullable String status, @Nullable String handling, @Nullable String result,
                        @Nullable List<Long> unitIds, @Nullable List<String> caseCodes, @Nullable String version) {

        IssueInput input() {
            return new IssueInput(title, source, link, firstSeenOn, severity, status, handling, result,
                    unitIds == null ? List.of() : unitIds.stream().map(String::valueOf).toList(),
                    caseCodes == null ? null : String.join(",", caseCodes.stream().map(c -> c == null ? "" : c).toList()), version);
        }
    }

    private final Access access;
    private final Register register;
    private final RegisterSearch search;
    private final RegisterLinks links;
    private final RegisterTree tree;

    RegisterApiController(Access access, Register register, RegisterSearch search, RegisterLinks links, RegisterTree tree) {
        this.tree = tree;
        this.access = access;
        this.register = register;
        this.search = search;
        this.links = links;
    }

    @Operation(operationId = "listPublicOpinionIssues", summary = "Sổ theo dõi vụ việc dư luận của đơn vị và các đơn vị cấp dưới",
            description = "Mới phát hiện trước. Lọc: q (tên vụ việc, cách xử lý, kết quả; không dấu cũng được), month (yyyy-MM, tháng phát hiện; "
                    + "với một tháng đã qua, các đơn vị cấp dưới là các đơn vị đứng dưới đơn vị này theo cây đơn vị tại cuối tháng đó), "
                    + "status (WATCHING, HANDLING, RESOLVED), severity (LOW, MEDIUM, HIGH, CRITICAL), concernedUnitId (đơn vị giữ hoặc liên quan). "
                    + "sort: firstSeenOn, updatedAt, severity, title (thêm - ở đầu để giảm dần); updatedSince: chỉ vụ việc sửa từ thời điểm này.")
    @Get
    ApiList<IssueView> list(Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String month,
                            @Nullable @QueryValue String status, @Nullable @QueryValue String severity, @Nullable @QueryValue Long concernedUnitId,
                            @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                            @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        YearMonth m = RegisterController.month(month);
        if (month != null && !month.isBlank() && m == null) {
            errors.add("month", "register.month.invalid");
        }
        IssueStatus st = IssueStatus.parse(status);
        if (status != null && !status.isBlank() && st == null) {
            errors.add("status", "register.status.required");
        }
        Severity sev = Severity.parse(severity);
        if (severity != null && !severity.isBlank() && sev == null) {
            errors.add("severity", "register.severity.required");
        }
        String order = sort == null || sort.isBlank() ? "-firstSeenOn" : sort.strip();
        if (!RegisterSearch.ORDERS.containsKey(order)) {
            errors.add("sort", "api.sort.invalid", "firstSeenOn, updatedAt, severity, title");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        RegisterSearch.Found found = search.find(tree.scope(unit, m), new RegisterSearch.Filter(m, st, sev, concernedUnitId, query, since), order,
                paging.perPage(), paging.offset());
        List<Long> ids = found.lines().stream().map(RegisterSearch.Line::id).toList();
        Map<Long, List<Long>> units = links.concernedUnitsOf(ids);
        Map<Long, List<String>> cases = links.caseCodesOf(ids);
        return paging.of(found.lines().stream().map(l -> IssueView.of(l, units.getOrDefault(l.id(), List.of()), cases.getOrDefault(l.id(), List.of())))
                .toList(), found.total());
    }

    @Operation(operationId = "getPublicOpinionIssue", summary = "Một vụ việc của sổ theo dõi (của đơn vị hoặc đơn vị cấp dưới)",
            description = "Trả về ETag; gửi lại trong If-Match khi sửa.")
    @Get("/{issueId}")
    IssueView get(Actor actor, long unitId, long issueId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view(unit, issueId);
    }

    @Answers(201)
    @Operation(operationId = "createPublicOpinionIssue", summary = "Ghi một vụ việc vào sổ theo dõi của đơn vị",
            description = "title, source (CASE, PRESS, SOCIAL_MEDIA, MEETING, OTHER), link (http/https), firstSeenOn (yyyy-MM-dd), severity, status, "
                    + "handling, result (bắt buộc khi RESOLVED), unitIds (đơn vị này hoặc cấp dưới), caseCodes (mã phản ánh của đơn vị). "
                    + "Gửi kèm Idempotency-Key để gửi lại an toàn. Người xử lý phản ánh, trưởng ban và quản trị viên của đơn vị.")
    @Post
    HttpResponse<IssueView> create(Actor actor, long unitId, @Body IssueRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        Issue created = register.create(actor, unit, register.check(unit, body.input()));
        return HttpResponse.created(view(unit, created.id()), URI.create("/api/v1/units/" + unitId + "/public-opinion-issues/" + created.id()));
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updatePublicOpinionIssue", summary = "Sửa một vụ việc của sổ theo dõi của đơn vị",
            description = "Cùng các trường như khi ghi. Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung); nếu người khác đã sửa "
                    + "trước, trả về 412 STALE_VERSION; không gửi phiên bản: 428 VERSION_REQUIRED. Vụ việc của đơn vị cấp dưới chỉ được xem (404 ở đây).")
    @Put("/{issueId}")
    IssueView update(HttpRequest<?> request, Actor actor, long unitId, long issueId, @Body IssueRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        search.one(unit.path(), issueId).filter(l -> l.unitId() == unitId).orElseThrow(() -> new NotFoundException("issue " + issueId));
        String expected = Preconditions.expectedVersion(request, body.version());
        long version;
        try {
            version = Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "error.invalidValue");
        }
        register.update(actor, unit, issueId, version, register.check(unit, body.input()));
        return view(unit, issueId);
    }

    private IssueView view(UnitRef unit, long issueId) {
        RegisterSearch.Line l = search.one(unit.path(), issueId).orElseThrow(() -> new NotFoundException("issue " + issueId));
        return IssueView.of(l, links.concernedUnits(l.unitId(), issueId).stream().map(RegisterLinks.Named::id).toList(),
                links.cases(l.unitId(), issueId).stream().map(RegisterLinks.Named::name).toList());
    }
}
