package vn.lantoa.press.board;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.press.Severity;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parent's board of every open incident below it, most severe first, then the oldest (issue 13, item 6). Read-only: the
 * incident page it links to is the incident's own unit's. Those who oversee the units below (Access.canSeeBelow: admins,
 * heads, reporters of the unit or above) read it; another member of the unit sees the page without incidents; siblings and
 * other trees get 404 (the unit is out of their reach).
 */
@Hidden
@Controller("/admin/u/{unitId}/press/incidents/below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class BoardController {

    static final int PER_PAGE = 50;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Board board;
    private final UnitRefRepository units;

    BoardController(Access access, ShellFactory shells, Pages pages, Board board, UnitRefRepository units) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.board = board;
        this.units = units;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String unit, @Nullable @QueryValue String severity,
                         @Nullable @QueryValue String type, @Nullable @QueryValue String page) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, top, "press");
        FieldErrors errors = new FieldErrors();
        BoardFilter filter = BoardFilter.of(units, top, unit, severity, type, "unit", errors);
        List<Option> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severities.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        Map<Severity, Long> zero = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            zero.put(s, 0L);
        }
        String unitValue = filter.narrowed(top) ? String.valueOf(filter.scope().id()) : "";
        String severityValue = filter.severity() == null ? "" : filter.severity().name();
        String typeValue = filter.type() == null ? "" : filter.type();
        if (!Board.readableBy(access, actor, top)) {
            return pages.render("press/board/below", new BoardPages.BoardPage(shell, false, null, "", "", "", severities, List.of(), 0, zero,
                    List.of(), List.of(), 1, 1, errors));
        }
        int n = pageNumber(page);
        Board.View view = board.read(top, filter, (n - 1) * PER_PAGE, PER_PAGE);
        int last = (int) Math.max(1, (view.total() + PER_PAGE - 1) / PER_PAGE);
        if (n > last) {
            n = last;
            view = board.read(top, filter, (n - 1) * PER_PAGE, PER_PAGE);
        }
        List<Option> types = new ArrayList<>();
        for (String t : board.types(top)) {
            types.add(new Option(t, BoardPages.typeLabel(shell, t)));
        }
        List<BoardPages.Line> lines = view.rows().stream().map(r -> new BoardPages.Line(r.id(), r.unitId(), r.unitName(), r.code(), r.title(), r.type(),
                r.severity(), r.ownerName(), r.firstAlertAt(), BoardPages.age(shell, r.age()), r.statementDueAt(), r.firstStatementAt(), r.clock(),
                r.href())).toList();
        List<BoardPages.UnitLine> unitLines = view.units().stream().map(u -> new BoardPages.UnitLine(u.unitId(), u.unitName(), u.hasBelow(), u.total(),
                u.bySeverity())).toList();
        return pages.render("press/board/below", new BoardPages.BoardPage(shell, true, filter.narrowed(top) ? filter.scope().name() : null, unitValue,
                severityValue, typeValue, severities, types, view.total(), view.bySeverity(), unitLines, lines, n, last, errors));
    }

    private static int pageNumber(String page) {
        try {
            int n = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(n, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
