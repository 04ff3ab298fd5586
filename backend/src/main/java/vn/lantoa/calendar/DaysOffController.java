package vn.lantoa.calendar;

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
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The platform admin's calendar of days off, one year a page: add a day, remove one, copy another year's. */
@Hidden
@Controller("/admin/platform/days-off")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class DaysOffController {

    private static final String BASE = "/admin/platform/days-off";

    private final DaysOff daysOff;
    private final DaysOffChanges changes;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    DaysOffController(DaysOff daysOff, DaysOffChanges changes, Access access, ShellFactory shells, Pages pages, Clock clock) {
        this.daysOff = daysOff;
        this.changes = changes;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, @Nullable @QueryValue String year) {
        access.requirePlatformAdmin(actor);
        int shown = DayOffForm.year(year) == null ? VietnamTime.today(clock).getYear() : DayOffForm.year(year);
        return page(request, actor, shown, DayOffForm.empty(), new CopyYearForm(String.valueOf(shown - 1), String.valueOf(shown)),
                new FieldErrors(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Actor actor, @Body DayOffForm form) {
        access.requirePlatformAdmin(actor);
        FieldErrors errors = new FieldErrors();
        LocalDate date = form.validDate(errors);
        String name = form.validName(errors);
        int year = date == null ? yearOf(request) : date.getYear();
        if (!errors.hasAny()) {
            try {
                changes.add(actor, date, name);
                return Redirects.seeOther(BASE + "?year=" + year, Flash.success("daysOff.added", VietnamTime.date(date), name));
            } catch (UserInputException e) {
                errors.addAll(e.errors());
            }
        }
        return page(request, actor, year, form, new CopyYearForm(String.valueOf(year - 1), String.valueOf(year)), errors, new FieldErrors());
    }

    @Post("/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> copy(HttpRequest<?> request, Actor actor, @Body CopyYearForm form) {
        access.requirePlatformAdmin(actor);
        FieldErrors errors = new FieldErrors();
        int[] years = form.validate(errors, daysOff.calendar());
        if (years == null) {
            Integer shown = DayOffForm.year(form.to());
            return page(request, actor, shown == null ? VietnamTime.today(clock).getYear() : shown, DayOffForm.empty(), form, new FieldErrors(),
                    errors);
        }
        int added = changes.copy(actor, years[0], years[1]);
        return Redirects.seeOther(BASE + "?year=" + years[1],
                Flash.success("daysOff.copied", String.valueOf(added), String.valueOf(years[0]), String.valueOf(years[1])));
    }

    @Post("/{date}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Actor actor, String date) {
        access.requirePlatformAdmin(actor);
        LocalDate day = VietnamTime.parseDate(date);
        if (day == null || !changes.remove(actor, day)) {
            throw new NotFoundException("day off " + date);
        }
        return Redirects.seeOther(BASE + "?year=" + day.getYear(), Flash.success("daysOff.removed", VietnamTime.date(day)));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, int year, DayOffForm form, CopyYearForm copy, FieldErrors errors,
                                 FieldErrors copyErrors) {
        DaysOffCalendar calendar = daysOff.calendar();
        List<DaysOffPage.Row> days = calendar.inYear(year).entrySet().stream().map(e -> new DaysOffPage.Row(e.getKey(), e.getValue())).toList();
        HttpStatus status = errors.hasAny() || copyErrors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
        return pages.render(status, "calendar/daysoff", new DaysOffPage(shells.personal(request, actor), year, days, calendar.countByYear(), form,
                copy, errors, copyErrors));
    }

    /** The year whose page the form was posted from, to show it again with the errors. */
    private int yearOf(HttpRequest<?> request) {
        Integer year = DayOffForm.year(request.getParameters().get("year"));
        return year == null ? VietnamTime.today(clock).getYear() : year;
    }
}
