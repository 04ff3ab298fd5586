package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public-opinion register's pages. The desk roles of a unit write its register; everyone of the unit reads it, and
 * the units above read it too, in one list with their own and every unit's below them.
 */
@Hidden
@Controller("/admin/u/{unitId}/desk/register")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class RegisterController {

    static final int PAGE_ROWS = 100;
    /** Far beyond any register (a million entries); keeps a typed page number from overflowing the offset. */
    static final int MAX_PAGE = 10_000;
    static final int UNIT_OPTIONS = 2000;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Register register;
    private final RegisterSearch search;
    private final RegisterLinks links;
    private final IssueRepository issues;
    private final RegisterTree tree;

    RegisterController(Access access, ShellFactory shells, Pages pages, Register register, RegisterSearch search, RegisterLinks links,
                       IssueRepository issues, RegisterTree tree) {
        this.tree = tree;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.register = register;
        this.search = search;
        this.links = links;
        this.issues = issues;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String month,
                         @Nullable @QueryValue String status, @Nullable @QueryValue String severity, @Nullable @QueryValue String unit,
                         @Nullable @QueryValue String page) {
        UnitRef here = access.require(actor, unitId, Permission.VIEW);
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        YearMonth m = month(month);
        RegisterTree.Scope scope = tree.scope(here, m);
        Map<Long, String> units = tree.units(scope, UNIT_OPTIONS);
        IssueStatus st = IssueStatus.parse(status);
        Severity sev = Severity.parse(severity);
        Long unitFilter = id(unit);
        if (unitFilter != null && !units.containsKey(unitFilter)) {
            unitFilter = null;
        }
        RegisterSearch.Filter wanted = new RegisterSearch.Filter(m, st, sev, unitFilter, query, null);
        Long asked = id(page);
        int number = (int) Math.max(1, Math.min(asked == null ? 1 : asked, MAX_PAGE));
        RegisterSearch.Found found = search.find(scope, wanted, "-firstSeenOn", PAGE_ROWS, (number - 1) * PAGE_ROWS);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_ROWS - 1) / PAGE_ROWS);
        if (number > pageCount) {
            // Past the end (a link kept while entries were removed, or typed): the last page rather than an empty list.
            number = pageCount;
            found = search.find(scope, wanted, "-firstSeenOn", PAGE_ROWS, (number - 1) * PAGE_ROWS);
        }
        // In a past month's tree, an entry may be kept by a unit that has since moved away: listed, but no longer opened from here.
        java.util.Set<Long> belowNow = new java.util.HashSet<>(scope.at() == null ? found.lines().stream().map(RegisterSearch.Line::unitId).toList()
                : links.unitsWithin(here.path(), found.lines().stream().map(RegisterSearch.Line::unitId).distinct().toList()).stream()
                .map(RegisterLinks.Named::id).toList());
        Shell shell = shells.of(request, actor, here, "desk");
        List<RegisterPages.Row> rows = found.lines().stream().map(l -> new RegisterPages.Row(l, l.unitId() != unitId, !belowNow.contains(l.unitId())))
                .toList();
        RegisterPages.Filter filter = new RegisterPages.Filter(query, m == null ? "" : m.toString(), st == null ? "" : st.name(),
                sev == null ? "" : sev.name(), unitFilter == null ? "" : String.valueOf(unitFilter));
        return pages.render("desk/register/list", new RegisterPages.ListPage(shell, rows, found.total(), filter, statuses(shell), severities(shell),
                unitOptions(units), access.can(actor, here, Permission.HANDLE_FEEDBACK), units.size() > 1, scope.at() != null, number, pageCount));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        return edit(request, actor, unit, null, HttpStatus.OK, IssueInput.empty(register.today()), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        IssueInput input = FormBody.parse(body).input();
        try {
            Issue created = register.create(actor, unit, register.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success("register.done.created"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{issueId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long issueId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        RegisterSearch.Line issue = search.one(unit.path(), issueId).filter(l -> l.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("issue " + issueId));
        boolean handles = access.can(actor, unit, Permission.HANDLE_FEEDBACK);
        String caseBase = "/admin/u/" + unitId + "/desk/cases/";
        List<Option> cases = links.cases(unitId, issueId).stream().map(c -> new Option(handles ? caseBase + c.id() : "", c.name())).toList();
        List<String> concerned = links.concernedUnits(unitId, issueId).stream().map(RegisterLinks.Named::name).toList();
        return pages.render("desk/register/issue", new RegisterPages.IssuePage(shells.of(request, actor, unit, "desk"), issue, concerned, cases,
                handles, access.seesFromAbove(actor, unit)));
    }

    @Get("/{issueId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long issueId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        Issue i = issues.findByUnitIdAndId(unitId, issueId).orElseThrow(() -> new NotFoundException("issue " + issueId));
        IssueInput input = new IssueInput(i.title(), i.source().name(), i.link(), VietnamTime.date(i.firstSeenOn()), i.severity().name(),
                i.status().name(), i.handling(), i.result(),
                links.concernedUnits(unitId, issueId).stream().map(u -> String.valueOf(u.id())).toList(),
                String.join(", ", links.cases(unitId, issueId).stream().map(RegisterLinks.Named::name).toList()), String.valueOf(i.version()));
        return edit(request, actor, unit, issueId, HttpStatus.OK, input, new FieldErrors());
    }

    @Post("/{issueId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long issueId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        Issue current = issues.findByUnitIdAndId(unitId, issueId).orElseThrow(() -> new NotFoundException("issue " + issueId));
        IssueInput input = FormBody.parse(body).input();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = vn.lantoa.platform.web.Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            register.update(actor, unit, issueId, version, register.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + issueId, Flash.success("register.done.updated"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, issueId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            Issue now = issues.findByUnitIdAndId(unitId, issueId).orElse(current);
            FieldErrors errors = new FieldErrors().add("version", "register.stale", VietnamTime.dateTime(now.updatedAt()));
            return edit(request, actor, unit, issueId, HttpStatus.CONFLICT, input, errors);
        }
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long issueId, HttpStatus status, IssueInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "desk");
        List<Option> sources = new ArrayList<>();
        for (IssueSource s : IssueSource.values()) {
            sources.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        return pages.render(status, "desk/register/edit", new RegisterPages.EditPage(shell, issueId, input.orBlank(), errors, sources,
                severities(shell), statuses(shell), unitOptions(links.unitsAtOrBelow(unit.path(), UNIT_OPTIONS))));
    }

    static List<Option> statuses(Shell shell) {
        List<Option> options = new ArrayList<>();
        for (IssueStatus s : IssueStatus.values()) {
            options.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        return options;
    }

    static List<Option> severities(Shell shell) {
        List<Option> options = new ArrayList<>();
        for (Severity s : Severity.values()) {
            options.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        return options;
    }

    private static List<Option> unitOptions(Map<Long, String> units) {
        return units.entrySet().stream().map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    /** yyyy-MM, as a month input sends it; anything else is no filter. */
    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            return m.getYear() < 2000 || m.getYear() > 2999 ? null : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/desk/register";
    }
}
