package vn.lantoa.reporting.obligation;

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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormBuilder;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.PostedForm;
import vn.lantoa.reporting.form.PrefillSource;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report forms (biểu mẫu) a unit defines: the list and an editor of sections, fields and rules. Saving a change
 * makes the form's next version; reports already sent keep theirs.
 */
@Hidden
@Controller("/admin/u/{unitId}/report-forms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class FormAdminController {

    private final ObligationService service;
    private final ReportFormRepository forms;
    private final ObligationRepository obligations;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;

    FormAdminController(ObligationService service, ReportFormRepository forms, ObligationRepository obligations, Access access, ShellFactory shells,
                        Pages pages, Languages languages) {
        this.service = service;
        this.forms = forms;
        this.obligations = obligations;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<Obligation> issued = obligations.findIssuedBy(unitId);
        List<ObligationPages.FormRow> rows = forms.findByUnit(unitId).stream().map(f -> new ObligationPages.FormRow(f,
                service.current(f).sections().stream().mapToInt(s -> s.fields().size()).sum(),
                issued.stream().filter(o -> o.formId().equals(f.id())).count())).toList();
        return pages.render("reporting/forms", new ObligationPages.FormsPage(shells.of(request, actor, unit, "obligations"), rows,
                access.can(actor, unit, Permission.MANAGE_OBLIGATIONS)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        return editor(request, actor, unit, null, 0, FormBuilder.empty(), new FieldErrors(), HttpStatus.OK);
    }

    @Get("/{formId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long formId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        ReportForm form = forms.findByUnitIdAndId(unitId, formId).orElseThrow(() -> new NotFoundException("form " + formId));
        return editor(request, actor, unit, form.id(), form.currentVersion(), FormBuilder.of(service.current(form), 3), new FieldErrors(), HttpStatus.OK);
    }

    /** action=more adds empty rows and keeps what was typed; otherwise the form is saved. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String action, @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        return save(request, actor, unit, null, action, body);
    }

    @Post("/{formId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Actor actor, long unitId, long formId, @Nullable @QueryValue String action, @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        forms.findByUnitIdAndId(unitId, formId).orElseThrow(() -> new NotFoundException("form " + formId));
        return save(request, actor, unit, formId, action, body);
    }

    private HttpResponse<?> save(HttpRequest<?> request, Actor actor, UnitRef unit, Long formId, String action, String body) {
        FormBuilder.Draft draft = FormBuilder.parse(PostedForm.parse(body));
        int version = formId == null ? 0 : forms.findByUnitIdAndId(unit.id(), formId).map(ReportForm::currentVersion).orElse(0);
        if ("more".equals(action)) {
            return editor(request, actor, unit, formId, version, FormBuilder.padded(draft, 5), new FieldErrors(), HttpStatus.OK);
        }
        FieldErrors errors = new FieldErrors();
        FormDefinition definition = FormBuilder.build(draft, errors);
        if (errors.hasAny()) {
            return editor(request, actor, unit, formId, version, draft, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            ReportForm saved = formId == null ? service.createForm(actor, unit, definition) : service.changeForm(actor, unit, formId, definition);
            return Redirects.seeOther("/admin/u/" + unit.id() + "/report-forms/" + saved.id(),
                    Flash.success("reportForm.savedFlash", saved.title(), saved.currentVersion()));
        } catch (UserInputException e) {
            return editor(request, actor, unit, formId, version, draft, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> editor(HttpRequest<?> request, Actor actor, UnitRef unit, Long formId, int version, FormBuilder.Draft draft,
                                   FieldErrors errors, HttpStatus status) {
        Translator t = languages.of(request);
        List<Option> types = Arrays.stream(FieldType.values()).map(x -> new Option(x.name(), t.t("fieldType." + x.name()))).toList();
        List<Option> rollUps = Arrays.stream(RollUp.values()).map(x -> new Option(x.name(), t.t("rollUp." + x.name()))).toList();
        List<Option> prefills = new ArrayList<>();
        prefills.add(new Option("", t.t("reportForm.noPrefill")));
        Arrays.stream(PrefillSource.values()).forEach(p -> prefills.add(new Option(p.name(), t.t(p.labelKey()))));
        List<Option> sections = new ArrayList<>();
        for (int i = 0; i < draft.sections().size(); i++) {
            String title = draft.sections().get(i).title();
            sections.add(new Option(String.valueOf(i), title.isBlank() ? t.t("reportForm.sectionN", i + 1) : title));
        }
        List<Option> numbers = new ArrayList<>();
        numbers.add(new Option("", t.t("report.choose")));
        draft.fields().stream().filter(f -> !f.key().isBlank() && FieldType.NUMBER.name().equals(f.type()))
                .forEach(f -> numbers.add(new Option(f.key(), f.label())));
        return pages.render(status, "reporting/formedit", new ObligationPages.FormEditPage(shells.of(request, actor, unit, "obligations"), formId,
                version, draft, types, rollUps, prefills, sections, numbers, errors, access.can(actor, unit, Permission.MANAGE_OBLIGATIONS)));
    }
}
