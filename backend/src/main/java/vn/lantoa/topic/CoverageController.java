package vn.lantoa.topic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage per theme across units: for a month, quarter or year, per topic, the published articles, plan items,
 * clippings and cases of the unit and its whole subtree, and per child unit (each child's subtree). Anyone who sees
 * the unit reads it, oversight from above included; XLSX for the office that reports it further.
 */
@Hidden
@Controller("/admin/u/{unitId}/topics/coverage")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class CoverageController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final TopicCoverage coverage;
    private final Clock clock;

    CoverageController(Access access, ShellFactory shells, Pages pages, TopicCoverage coverage, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String period, @Nullable @QueryValue String measure) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "plans");
        FieldErrors errors = new FieldErrors();
        CoveragePeriod p = period(period, errors);
        TopicCoverage.Measure m = measure(measure);
        TopicCoverage.Result result = coverage.of(unit, p);
        List<String> measures = Arrays.stream(TopicCoverage.Measure.values()).map(Enum::name).toList();
        List<String> labels = Arrays.stream(TopicCoverage.Measure.values()).map(x -> shell.t(x.labelKey())).toList();
        List<TopicPages.Column> columns = columns(shell, unit, result);
        List<TopicPages.Line> lines = new ArrayList<>();
        long[] columnTotals = new long[columns.size() + 1];
        for (Topic t : result.topics()) {
            List<Long> totals = Arrays.stream(TopicCoverage.Measure.values()).map(x -> result.total(x, t.id())).toList();
            List<Long> perColumn = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                long n = result.count(m, t.id(), columns.get(i).id());
                perColumn.add(n);
                columnTotals[i] += n;
            }
            columnTotals[columns.size()] += result.total(m, t.id());
            lines.add(new TopicPages.Line(t, totals, perColumn, result.total(m, t.id())));
        }
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "topic/coverage",
                new TopicPages.CoveragePage(shell, p.code(), p.label(), measures, m.name(), labels, columns, lines,
                        Arrays.stream(columnTotals).boxed().toList(), errors));
    }

    @Get("/export.xlsx")
    HttpResponse<?> export(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String period) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "plans");
        CoveragePeriod p = period(period, new FieldErrors());
        TopicCoverage.Result result = coverage.of(unit, p);
        List<TopicPages.Column> columns = columns(shell, unit, result);
        List<String> headers = new ArrayList<>(List.of(shell.t("topic.field.code"), shell.t("topic.field.name")));
        Arrays.stream(TopicCoverage.Measure.values()).forEach(x -> headers.add(shell.t(x.labelKey())));
        List<List<Object>> rows = new ArrayList<>();
        for (Topic t : result.topics()) {
            List<Object> row = new ArrayList<>(List.of(t.code(), t.name()));
            Arrays.stream(TopicCoverage.Measure.values()).forEach(x -> row.add(result.total(x, t.id())));
            rows.add(row);
        }
        XlsxTable sheet = new XlsxTable(shell.t("topic.coverage.sheet"), shell.t("topic.coverage.sheetTitle", unit.name(), p.label()), headers, rows);
        for (TopicCoverage.Measure m : TopicCoverage.Measure.values()) {
            List<String> h = new ArrayList<>(List.of(shell.t("topic.field.code"), shell.t("topic.field.name")));
            columns.forEach(c -> h.add(c.name()));
            h.add(shell.t("topic.coverage.total"));
            List<List<Object>> r = new ArrayList<>();
            for (Topic t : result.topics()) {
                List<Object> row = new ArrayList<>(List.of(t.code(), t.name()));
                columns.forEach(c -> row.add(result.count(m, t.id(), c.id())));
                row.add(result.total(m, t.id()));
                r.add(row);
            }
            sheet = sheet.with(new XlsxTable.Table(shell.t(m.labelKey()) + " – " + shell.t("topic.coverage.perUnit"), h, r));
        }
        return sheet.response("chu-de-" + unit.slug() + "-" + p.code() + ".xlsx");
    }

    private CoveragePeriod period(String typed, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return CoveragePeriod.thisYear(VietnamTime.today(clock));
        }
        CoveragePeriod p = CoveragePeriod.parse(typed);
        if (p == null) {
            errors.add("period", "topic.coverage.periodInvalid");
            return CoveragePeriod.thisYear(VietnamTime.today(clock));
        }
        return p;
    }

    private static TopicCoverage.Measure measure(String typed) {
        for (TopicCoverage.Measure m : TopicCoverage.Measure.values()) {
            if (m.name().equals(typed)) {
                return m;
            }
        }
        return TopicCoverage.Measure.ARTICLES;
    }

    /** The unit's own work first, then each child's subtree. */
    private static List<TopicPages.Column> columns(Shell shell, UnitRef unit, TopicCoverage.Result result) {
        List<TopicPages.Column> columns = new ArrayList<>();
        columns.add(new TopicPages.Column(0, shell.t("topic.coverage.own", unit.displayName())));
        result.children().forEach(c -> columns.add(new TopicPages.Column(c.id(), c.name())));
        return columns;
    }
}
