package vn.lantoa.audit;

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
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit log as JSON, with the filters of the audit page (who, what, which days, the unit or its whole tree) and
 * the resource a change was made to. Read by the unit's admins and the admins above it, as the page is.
 */
@Controller("/api/v1/units/{unitId}/audit-events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nhật ký")
class AuditApiController {

    /** How many days the log goes back when neither from nor since is asked, as on the audit page. */
    static final int DEFAULT_DAYS = 30;

    @Serdeable
    record AuditEntry(long id, long unitId, @Nullable String unitName, Instant occurredAt, @Nullable String actorEmail, String action,
                      String entityType, @Nullable String entityId, String summary, List<Change> changes) {
    }

    /** One field that changed, as the audit page shows it: its value before and after as text, null where it had none. */
    @Serdeable
    record Change(String field, @Nullable String before, @Nullable String after) {
    }

    private final AuditSearch search;
    private final AuditChanges changes;
    private final Access access;
    private final Clock clock;

    AuditApiController(AuditSearch search, AuditChanges changes, Access access, Clock clock) {
        this.search = search;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "listAuditEvents", summary = "Nhật ký thay đổi của đơn vị hoặc của cả cây đơn vị cấp dưới, mới nhất trước",
            description = "Ai đã thay đổi gì, khi nào, ở đơn vị nào, với giá trị trước và sau của từng trường. Quản trị viên của đơn vị và các "
                    + "quản trị viên cấp trên đọc được, như trang Nhật ký. scope: unit (mặc định, chỉ đơn vị này) hoặc subtree (cả các đơn vị "
                    + "cấp dưới). from, to: ngày theo giờ Việt Nam (yyyy-mm-dd), gồm cả hai ngày; không có from và since thì 30 ngày gần nhất. "
                    + "since: chỉ các thay đổi xảy ra từ thời điểm này (ISO-8601 có múi giờ), để lấy phần mới kể từ lần gọi trước. "
                    + "changedBy: một phần email người thực hiện; action: loại thay đổi hoặc phần đầu của nó (unit. là mọi thay đổi về đơn vị); "
                    + "entityType, entityId: đối tượng bị thay đổi (ví dụ unit và mã của nó). sort: occurredAt (cũ trước) hoặc -occurredAt "
                    + "(mặc định, mới trước).")
    @Get
    ApiList<AuditEntry> listAuditEvents(Actor actor, long unitId, @Nullable @QueryValue String scope, @Nullable @QueryValue String from,
                                        @Nullable @QueryValue String to, @Nullable @QueryValue String since,
                                        @Nullable @QueryValue String changedBy, @Nullable @QueryValue String action,
                                        @Nullable @QueryValue String entityType, @Nullable @QueryValue String entityId,
                                        @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                        @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_AUDIT);
        Paging paging = Paging.of(page, perPage);
        AuditSearch.Filter filter = filter(unit, scope, from, to, since, changedBy, action, entityType, entityId, sort);
        long total = search.count(filter);
        List<AuditEntry> entries = total <= paging.offset() ? List.of()
                : search.page(filter, paging.perPage(), paging.offset()).stream().map(this::entry).toList();
        return paging.of(entries, total);
    }

    private AuditSearch.Filter filter(UnitRef unit, String scope, String from, String to, String since, String changedBy, String action,
                                      String entityType, String entityId, String sort) {
        FieldErrors errors = new FieldErrors();
        String scopeName = scope == null || scope.isBlank() ? "unit" : scope.strip();
        if (!scopeName.equals("unit") && !scopeName.equals("subtree")) {
            errors.add("scope", "api.audit.scope");
        }
        LocalDate fromDate = date(errors, "from", from);
        LocalDate toDate = date(errors, "to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", "audit.filter.rangeInverted");
        }
        String order = sort == null || sort.isBlank() ? "-occurredAt" : sort.strip();
        if (!order.equals("occurredAt") && !order.equals("-occurredAt")) {
            errors.add("sort", "api.sort.invalid", "occurredAt");
        }
        Instant sinceInstant = null;
        try {
            sinceInstant = Since.of("since", since);
        } catch (UserInputException e) {
            errors.addAll(e.errors());
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant start = fromDate != null ? VietnamTime.startOf(fromDate)
                : sinceInstant != null ? sinceInstant : VietnamTime.startOf(VietnamTime.today(clock).minusDays(DEFAULT_DAYS));
        if (sinceInstant != null && sinceInstant.isAfter(start)) {
            start = sinceInstant;
        }
        Instant end = toDate == null ? null : VietnamTime.startOf(toDate.plusDays(1));
        return new AuditSearch.Filter(unit, scopeName.equals("subtree"), start, end, AuditSearch.containing(changedBy),
                AuditSearch.startingWith(action), VietnameseText.blankToNull(entityType), VietnameseText.blankToNull(entityId),
                order.equals("occurredAt"));
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = VietnamTime.parseDate(text);
        if (date == null) {
            errors.add(field, "api.date.invalid");
        }
        return date;
    }

    private AuditEntry entry(AuditRow row) {
        return new AuditEntry(row.id(), row.unitId(), row.unitName(), row.occurredAt(), row.actorEmail(), row.action(), row.entityType(),
                row.entityId(), row.summary(), changes.of(row).stream().map(c -> new Change(c.field(), c.before(), c.after())).toList());
    }
}
