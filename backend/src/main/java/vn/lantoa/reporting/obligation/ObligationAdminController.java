package vn.lantoa.reporting.obligation;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.form.PostedForm;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The obligations a unit sets for the units below: the list, giving a new one, stopping and resuming. */
@Hidden
@Controller("/admin/u/{unitId}/obligations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ObligationAdminController {

    private final ObligationService service;
    private final ObligationRepository obligations;
    private final ReportFormRepository forms;
    private final UnitGroups groups;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final Clock clock;

    ObligationAdminController(ObligationService service, ObligationRepository obligations, ReportFormRepository forms, UnitGroups groups,
                              Access access, ShellFactory shells, Pages pages, Languages languages, Clock clock) {
        this.groups = groups;
        this.service = service;
        this.obligations = obligations;
        this.forms = forms;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Translator t = languages.of(request);
        Map<Long, ReportForm> byId = forms.findByUnit(unitId).stream().collect(Collectors.toMap(ReportForm::id, Function.identity()));
        List<ObligationPages.IssuedRow> rows = obligations.findIssuedBy(unitId).stream().map(o -> new ObligationPages.IssuedRow(o,
                byId.containsKey(o.formId()) ? byId.get(o.formId()).title() : "", o.audienceRule().describe(t, groups::name), new ObligationSchedule(o).ruleWords()))
                .toList();
        return pages.render("reporting/obligations", new ObligationPages.ObligationsPage(shells.of(request, actor, unit, "obligations"), rows,
                access.can(actor, unit, Permission.MANAGE_OBLIGATIONS), !byId.isEmpty()));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        return form(request, actor, unit, ObligationForm.empty(LocalDate.now(clock.withZone(DueRule.VIETNAM))), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        ObligationForm form = ObligationForm.parse(PostedForm.parse(body));
        FieldErrors errors = new FieldErrors();
        ObligationDraft draft = form.validate(errors);
        if (draft == null) {
            return form(request, actor, unit, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            Obligation saved = service.createObligation(actor, unit, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/obligations", Flash.success("obligation.createdFlash", saved.title()));
        } catch (UserInputException e) {
            return form(request, actor, unit, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{obligationId}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> stop(Actor actor, long unitId, long obligationId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        Obligation o = service.setActive(actor, unit, obligationId, false);
        return Redirects.seeOther("/admin/u/" + unitId + "/obligations", Flash.success("obligation.stoppedFlash", o.title()));
    }

    @Post("/{obligationId}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(Actor actor, long unitId, long obligationId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        Obligation o = service.setActive(actor, unit, obligationId, true);
        return Redirects.seeOther("/admin/u/" + unitId + "/obligations", Flash.success("obligation.resumedFlash", o.title()));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, ObligationForm form, FieldErrors errors, HttpStatus status) {
        Translator t = languages.of(request);
        List<Option> formOptions = forms.findByUnit(unit.id()).stream().map(f -> new Option(String.valueOf(f.id()), f.title())).toList();
        List<Option> audience = new ArrayList<>();
        audience.add(new Option("CHILDREN", t.t("obligation.audience.CHILDREN")));
        audience.add(new Option("ALL", t.t("obligation.audience.ALL")));
        for (UnitType type : UnitType.values()) {
            if (type != UnitType.MINISTRY) {
                audience.add(new Option("TYPE:" + type.name(), t.t("obligation.audience.type", t.t(type.labelKey()))));
            }
        }
        for (SchoolLevel level : SchoolLevel.values()) {
            audience.add(new Option("LEVEL:" + level.name(), t.t("obligation.audience.level", t.t(level.labelKey()))));
        }
        for (UnitGroups.Group g : groups.of(unit.id())) {
            audience.add(new Option("GROUP:" + g.id(), t.t("obligation.audience.group", g.name())));
        }
        return pages.render(status, "reporting/obligation", new ObligationPages.NewObligationPage(shells.of(request, actor, unit, "obligations"), form,
                formOptions, audience, errors));
    }
}
