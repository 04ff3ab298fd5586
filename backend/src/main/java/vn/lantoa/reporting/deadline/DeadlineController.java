package vn.lantoa.reporting.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The receiving unit's daily view (the district's deadline screen): for one obligation and period every expected
 * unit with its status and days late, filters and sorting, one-click reminders, lock exceptions and an XLSX export.
 */
@Hidden
@Controller("/admin/u/{unitId}/deadlines")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class DeadlineController {

    private final Received received;
    private final DeadlineBoard board;
    private final Chasing chasing;
    private final Reminders reminders;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;

    DeadlineController(Received received, DeadlineBoard board, Chasing chasing, Reminders reminders, Access access, ShellFactory shells,
                       Pages pages, Languages languages) {
        this.received = received;
        this.board = board;
        this.chasing = chasing;
        this.reminders = reminders;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                         @Nullable @QueryValue String status, @Nullable @QueryValue String sort) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<Received.Choice> choices = received.receivedBy(unit);
        Received.Choice choice = Received.pick(choices, obligation);
        if (choice == null) {
            return pages.render("reporting/none", new ReportingPages.NoObligationsPage(shells.of(request, actor, unit, "deadlines"),
                    "nav.deadlines", "deadline.none"));
        }
        Obligation o = choice.obligation();
        Period p = received.periodOrLatestDue(o, period);
        List<DeadlineRow> all = board.rows(o, choice.issuer(), unit, p);
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus s : ReportStatus.values()) {
            counts.put(s, all.stream().filter(r -> r.status() == s).count());
        }
        ReportStatus only = parseStatus(status);
        List<DeadlineRow> rows = new ArrayList<>(all.stream().filter(r -> only == null || r.status() == only || ("LATE".equals(status) && r.late())).toList());
        String order = sort == null ? "name" : sort;
        rows.sort(comparator(order));
        ObligationSchedule schedule = new ObligationSchedule(o);
        return pages.render("reporting/deadlines", new DeadlinePages.DeadlinesPage(shells.of(request, actor, unit, "deadlines"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), o,
                received.periods(o, 12).stream().map(x -> new Option(x.code(), x.label())).toList(), p, schedule.dueDate(p), schedule.ruleWords(),
                schedule.lockedFrom(p), rows, counts, all.size(), status == null ? "" : status, order,
                access.can(actor, unit, Permission.REVIEW_REPORTS), choice.issuer().name(),
                reminders.latest(o, p, all.stream().map(DeadlineRow::unitId).toList())));
    }

    @Post("/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remind(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        Received.Choice choice = Received.require(received.receivedBy(unit), parseId(body.get("obligation")));
        Period p = received.period(choice.obligation(), body.get("period"));
        Chasing.Reminded r = chasing.remindOverdue(actor, unit, choice.obligation(), p, board.rows(choice.obligation(), choice.issuer(), unit, p));
        return Redirects.seeOther(back(unitId, choice.obligation(), p), remindedFlash(languages.of(request), r));
    }

    /** Says who was reminded and who could not be: a mail that went nowhere is never reported as sent. */
    static Flash remindedFlash(Translator t, Chasing.Reminded r) {
        if (r.reached().isEmpty() && r.unreachable().isEmpty()) {
            return Flash.info("deadline.remindedNone");
        }
        if (r.unreachable().isEmpty()) {
            return Flash.success("deadline.remindedFlash", r.reached().size(), names(t, r.reached()));
        }
        if (r.reached().isEmpty()) {
            return Flash.error("deadline.remindedNobody", r.unreachable().size(), names(t, r.unreachable()));
        }
        return Flash.info("deadline.remindedSome", r.reached().size(), names(t, r.reached()), r.unreachable().size(), names(t, r.unreachable()));
    }

    /** A few names and how many more: the message travels in a cookie. */
    private static String names(Translator t, List<String> names) {
        int shown = 5;
        String list = String.join(", ", names.subList(0, Math.min(shown, names.size())));
        return names.size() > shown ? t.t("deadline.andMore", list, names.size() - shown) : list;
    }

    @Post("/exception")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> exception(Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        Received.Choice choice = Received.require(received.receivedBy(unit), parseId(body.get("obligation")));
        Period p = received.period(choice.obligation(), body.get("period"));
        Long target = parseId(body.get("unit"));
        // Only a unit on this recipient's own screen may be given more time.
        DeadlineRow row = board.rows(choice.obligation(), choice.issuer(), unit, p).stream().filter(r -> target != null && r.unitId() == target)
                .findFirst().orElseThrow(() -> new NotFoundException("unit " + target));
        LocalDate until;
        try {
            until = LocalDate.parse(body.getOrDefault("until", ""));
        } catch (DateTimeParseException e) {
            return Redirects.seeOther(back(unitId, choice.obligation(), p), Flash.error("report.exceptionDate"));
        }
        try {
            chasing.grantException(actor, unit, choice.obligation(), p, row.unitId(), until);
        } catch (UserInputException e) {
            return Redirects.seeOther(back(unitId, choice.obligation(), p), Flash.error("report.exceptionDate"));
        }
        return Redirects.seeOther(back(unitId, choice.obligation(), p), Flash.success("deadline.exceptionFlash", row.unitName(), until.toString()));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.require(received.receivedBy(unit), obligation);
        Period p = received.periodOrLatestDue(choice.obligation(), period);
        return DeadlineSheet.of(languages.vietnamese(), choice.obligation(), p, board.rows(choice.obligation(), choice.issuer(), unit, p))
                .response("han-bao-cao-" + p.code() + ".xlsx");
    }

    static String back(long unitId, Obligation o, Period p) {
        return "/admin/u/" + unitId + "/deadlines?obligation=" + o.id() + "&period=" + p.code();
    }

    private static Comparator<DeadlineRow> comparator(String sort) {
        Comparator<DeadlineRow> byName = Comparator.comparing(DeadlineRow::unitName);
        return switch (sort) {
            case "status" -> Comparator.comparing(DeadlineRow::status).thenComparing(byName);
            case "late" -> Comparator.comparingLong(DeadlineRow::daysLate).reversed().thenComparing(byName);
            case "submitted" -> Comparator.comparing(DeadlineRow::firstSubmittedAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            default -> byName;
        };
    }

    private static ReportStatus parseStatus(String s) {
        try {
            return s == null || s.isBlank() ? null : ReportStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long parseId(String value) {
        try {
            return value == null ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
