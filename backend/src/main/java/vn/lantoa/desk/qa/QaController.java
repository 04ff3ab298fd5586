package vn.lantoa.desk.qa;

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
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.settings.DeskTopics;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head's side of "Hỏi đáp": prepare a public Q&A from an answered case (personal data stripped, what was stripped
 * shown), review and edit it, publish and unpublish it. The unit's admin or committee head only: drafts may still hold
 * what the stripping missed.
 */
@Hidden
@Controller("/admin/u/{unitId}/desk")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class QaController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final DeskCaseRepository cases;
    private final QaRepository qas;
    private final QaService service;
    private final DeskTopics topics;

    QaController(Access access, ShellFactory shells, Pages pages, DeskCaseRepository cases, QaRepository qas, QaService service, DeskTopics topics) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.cases = cases;
        this.qas = qas;
        this.service = service;
        this.topics = topics;
    }

    @Get("/qa")
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        Shell shell = shells.of(request, actor, unit, "desk");
        return pages.render("desk/qa-list", new QaPages.ListPage(shell, qas.listAll(unitId), labels(unit, shell)));
    }

    @Get("/cases/{caseId}/qa")
    HttpResponse<?> prepare(HttpRequest<?> request, Actor actor, long unitId, long caseId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        DeskCase c = deskCase(unitId, caseId);
        var existing = qas.findByUnitIdAndCaseId(unitId, caseId);
        if (existing.isPresent()) {
            return Redirects.seeOther(base(unitId) + "/qa/" + existing.get().id());
        }
        if (c.answeredAt() == null || c.spam()) {
            throw new ConflictException("desk.qa.conflict.notAnswered");
        }
        QaService.Proposal p = QaService.propose(c);
        QaForm form = new QaForm(c.topic().name(), p.question(), p.answer(), null);
        return edit(request, actor, unit, HttpStatus.OK, c, null, form, p.removed(), new FieldErrors());
    }

    @Post("/cases/{caseId}/qa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body QaForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        DeskCase c = deskCase(unitId, caseId);
        FieldErrors errors = new FieldErrors();
        QaForm.Valid valid = form.validate(errors);
        if (valid == null) {
            return edit(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, c, null, form, QaService.propose(c).removed(), errors);
        }
        Qa saved = service.create(actor, c, valid, form.publishNow());
        return Redirects.seeOther(base(unitId) + "/qa/" + saved.id(), Flash.success(form.publishNow() ? "desk.qa.done.published" : "desk.qa.done.saved"));
    }

    @Get("/qa/{qaId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long qaId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        Qa qa = find(unitId, qaId);
        return edit(request, actor, unit, HttpStatus.OK, caseOf(qa), qa, new QaForm(qa.topic().name(), qa.question(), qa.answer(), null),
                qa.removedItems(), new FieldErrors());
    }

    @Post("/qa/{qaId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId, long qaId, @Body QaForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        Qa qa = find(unitId, qaId);
        FieldErrors errors = new FieldErrors();
        QaForm.Valid valid = form.validate(errors);
        if (valid == null) {
            return edit(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, caseOf(qa), qa, form, qa.removedItems(), errors);
        }
        service.update(actor, unitId, qaId, valid);
        if (form.publishNow() && !qa.published()) {
            service.publish(actor, unitId, qaId, true);
            return Redirects.seeOther(base(unitId) + "/qa/" + qaId, Flash.success("desk.qa.done.published"));
        }
        return Redirects.seeOther(base(unitId) + "/qa/" + qaId, Flash.success("desk.qa.done.saved"));
    }

    @Post("/qa/{qaId}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Actor actor, long unitId, long qaId) {
        access.require(actor, unitId, Permission.APPROVE_CONTENT);
        service.publish(actor, unitId, qaId, true);
        return Redirects.seeOther(base(unitId) + "/qa/" + qaId, Flash.success("desk.qa.done.published"));
    }

    @Post("/qa/{qaId}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unpublish(Actor actor, long unitId, long qaId) {
        access.require(actor, unitId, Permission.APPROVE_CONTENT);
        service.publish(actor, unitId, qaId, false);
        return Redirects.seeOther(base(unitId) + "/qa/" + qaId, Flash.success("desk.qa.done.unpublished"));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, DeskCase c, Qa qa, QaForm form,
                                 List<String> removed, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "desk");
        List<Option> options = topics.effective(unit).stream().map(e -> new Option(e.topic().name(), e.label(shell::t))).toList();
        String publicUrl = qa != null && qa.published() ? "/" + unit.slug() + "/hoi-dap/" + qa.id() : null;
        return pages.render(status, "desk/qa-edit", new QaPages.EditPage(shell, c, qa, form, removed, options, errors, publicUrl));
    }

    private Map<String, String> labels(UnitRef unit, Shell shell) {
        Map<String, String> labels = new LinkedHashMap<>();
        topics.effective(unit).forEach(e -> labels.put(e.topic().name(), e.label(shell::t)));
        return labels;
    }

    private DeskCase deskCase(long unitId, long caseId) {
        return cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private DeskCase caseOf(Qa qa) {
        return qa.caseId() == null ? null : cases.findByUnitIdAndId(qa.unitId(), qa.caseId()).orElse(null);
    }

    private Qa find(long unitId, long qaId) {
        return qas.findByUnitIdAndId(unitId, qaId).orElseThrow(() -> new NotFoundException("qa " + qaId));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/desk";
    }
}
