package vn.lantoa.channel;

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
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * For a Sở or Phòng: which units below have which channels, which have none, and the posts each reported on them in
 * its monthly reports. Read-only, for the unit's members and for oversight from above.
 */
@Hidden
@Controller("/admin/u/{unitId}/channels/below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ChannelsBelowController {

    static final int PAGE_SIZE = 50;
    /** The export lists every unit below; a province has a few thousand. */
    private static final int EXPORT_MAX = 20_000;
    static final String WITHOUT = "none";

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final ChannelCoverage coverage;
    private final Clock clock;

    ChannelsBelowController(Access access, ShellFactory shells, Pages pages, ChannelCoverage coverage, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String loc, @Nullable @QueryValue String trang) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "site");
        ChannelCoverage.Filter filter = filter(loc);
        long matching = coverage.count(unit.path(), filter);
        int pageCount = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, parsePage(trang)), pageCount);
        List<ChannelPages.Month> months = months();
        List<Option> filters = new ArrayList<>();
        filters.add(new Option("", shell.t("channel.below.filter.all")));
        for (ChannelKind k : ChannelKind.values()) {
            filters.add(new Option(k.name(), shell.t("channel.below.filter.kind", shell.t(k.labelKey()))));
        }
        filters.add(new Option(WITHOUT, shell.t("channel.below.filter.none")));
        return pages.render("channel/below", new ChannelPages.BelowPage(shell, coverage.summary(unit.path()),
                coverage.rows(unit.path(), filter, months.stream().map(ChannelPages.Month::code).toList(), PAGE_SIZE, (page - 1) * PAGE_SIZE),
                List.of(ChannelKind.values()), months, code(filter), matching, page, pageCount, filters));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String loc) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "site");
        ChannelCoverage.Filter filter = filter(loc);
        List<ChannelPages.Month> months = months();
        List<String> headers = new ArrayList<>();
        headers.add(shell.t("channel.below.col.unit"));
        for (ChannelKind k : ChannelKind.values()) {
            headers.add(shell.t(k.labelKey()));
        }
        headers.add(shell.t("channel.below.col.total"));
        months.forEach(m -> headers.add(shell.t("channel.below.col.posts", m.label())));
        List<List<Object>> rows = new ArrayList<>();
        for (ChannelCoverage.UnitRow r : coverage.rows(unit.path(), filter, months.stream().map(ChannelPages.Month::code).toList(), EXPORT_MAX, 0)) {
            List<Object> row = new ArrayList<>();
            row.add(r.name());
            for (ChannelKind k : ChannelKind.values()) {
                row.add(r.count(k));
            }
            row.add(r.total());
            months.forEach(m -> row.add(r.postsIn(m.code())));
            rows.add(row);
        }
        String title = shell.t("channel.below.title") + " – " + unit.name() + " – " + VietnamTime.date(clock.instant());
        return new XlsxTable(shell.t("channel.below.sheet"), title, headers, rows).response("kenh-truyen-thong-don-vi-cap-duoi.xlsx");
    }

    /** The last complete months, oldest first: a month's report is sent early in the next one. */
    private List<ChannelPages.Month> months() {
        YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
        List<ChannelPages.Month> months = new ArrayList<>();
        for (int i = ChannelActivity.MONTHS; i >= 1; i--) {
            YearMonth m = current.minusMonths(i);
            months.add(new ChannelPages.Month(m.toString(), String.format("%02d/%d", m.getMonthValue(), m.getYear())));
        }
        return months;
    }

    static ChannelCoverage.Filter filter(String loc) {
        if (WITHOUT.equals(loc)) {
            return new ChannelCoverage.Filter(null, true);
        }
        ChannelKind kind = ChannelKind.parse(loc);
        return kind == null ? ChannelCoverage.Filter.ALL : new ChannelCoverage.Filter(kind, false);
    }

    private static String code(ChannelCoverage.Filter f) {
        return f.withoutChannels() ? WITHOUT : f.kind() == null ? "" : f.kind().name();
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
