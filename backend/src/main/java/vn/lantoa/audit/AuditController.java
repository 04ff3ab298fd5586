package vn.lantoa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Unit admins browse what changed in their unit, or in the whole tree below it, filtered by date, person and action. */
@Hidden
@Controller("/admin/u/{unitId}/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditRepository events;
    private final Access access;
    private final ShellFactory shells;
    private final AuditChanges changes;
    private final Clock clock;

    private final Pages pages;

    AuditController(AuditRepository events, Access access, ShellFactory shells, AuditChanges changes, Clock clock, Pages pages) {
        this.pages = pages;
        this.changes = changes;
        this.events = events;
        this.access = access;
        this.shells = shells;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue("actor") String actorFilter, @Nullable @QueryValue String action,
                         @Nullable @QueryValue String scope, @Nullable @QueryValue Integer page) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_AUDIT);
        LocalDate today = VietnamTime.today(clock);
        String error = null;
        LocalDate fromDate = VietnamTime.parseDate(from);
        LocalDate toDate = VietnamTime.parseDate(to);
        if ((from != null && !from.isBlank() && fromDate == null) || (to != null && !to.isBlank() && toDate == null)) {
            error = "field.date.invalid";
        }
        if (fromDate == null) {
            fromDate = today.minusDays(30);
        }
        if (toDate == null) {
            toDate = today;
        }
        if (toDate.isBefore(fromDate)) {
            error = "audit.filter.rangeInverted";
            toDate = fromDate;
        }
        Instant start = VietnamTime.startOf(fromDate);
        Instant end = VietnamTime.startOf(toDate.plusDays(1));
        String actorPattern = AuditSearch.containing(actorFilter);
        String actionPattern = AuditSearch.startingWith(action);
        boolean subtree = "subtree".equals(scope);
        long total = subtree ? events.countInSubtree(unit.path(), start, end, actorPattern, actionPattern)
                : events.countInUnit(unitId, start, end, actorPattern, actionPattern);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page == null ? 1 : page, 1), pageCount);
        List<AuditRow> rows = subtree
                ? events.findInSubtree(unit.path(), start, end, actorPattern, actionPattern, PAGE_SIZE, (current - 1) * PAGE_SIZE)
                : events.findInUnit(unitId, start, end, actorPattern, actionPattern, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        var filter = new AuditPages.Filter(fromDate.toString(), toDate.toString(), actorFilter == null ? "" : actorFilter,
                action == null ? "" : action, subtree ? "subtree" : "unit");
        return pages.render("audit/list", new AuditPages.ListPage(shells.of(request, actor, unit, "audit"),
                rows.stream().map(r -> new AuditPages.Entry(r, changes.of(r))).toList(), filter, total, current,
                pageCount, error));
    }
}
