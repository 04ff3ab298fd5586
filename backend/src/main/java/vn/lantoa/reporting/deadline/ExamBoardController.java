package vn.lantoa.reporting.deadline;

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
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.List;

/** The Sở's live table of an exam's quick reports, sessions by exam sites; the page refreshes itself during exam days. */
@Hidden
@Controller("/admin/u/{unitId}/exam-board")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ExamBoardController {

    private final Received received;
    private final ExamBoard board;
    private final CurrentForms forms;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    ExamBoardController(Received received, ExamBoard board, CurrentForms forms, Access access, ShellFactory shells, Pages pages, Clock clock) {
        this.received = received;
        this.board = board;
        this.forms = forms;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long obligation) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<Received.Choice> choices = received.listedThrough(unit);
        Received.Choice choice = Received.pick(choices, obligation);
        if (choice == null) {
            return pages.render("reporting/none", new ReportingPages.NoObligationsPage(shells.of(request, actor, unit, "exam"), "nav.exam", "exam.none"));
        }
        Obligation o = choice.obligation();
        List<Period> sessions = o.listed().stream().map(ListedPeriod::period).toList();
        FormDefinition definition = forms.of(o.formId());
        List<FormField> numbers = ExamBoard.numbers(definition);
        ObligationSchedule schedule = new ObligationSchedule(o);
        boolean live = o.listed().stream().anyMatch(l -> !l.startInstant().isAfter(clock.instant().plusSeconds(86_400))
                && !schedule.lateFrom(l.period()).isBefore(clock.instant().minusSeconds(86_400)));
        return pages.render("reporting/exam", new DeadlinePages.ExamPage(shells.of(request, actor, unit, "exam"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), o,
                board.board(o, choice.issuer(), unit, sessions, numbers), schedule.ruleWords(), live, clock.instant()));
    }
}
