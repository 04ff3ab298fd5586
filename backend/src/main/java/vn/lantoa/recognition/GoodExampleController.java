package vn.lantoa.recognition;

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
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of good examples of a unit (its own and those it accepted from below) and the pages to write one and send
 * it up. Everyone of the unit and, read-only, the units above read it; its editors write; its heads forward.
 */
@Hidden
@Controller("/admin/u/{unitId}/good-examples")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class GoodExampleController {

    static final int ROWS = 500;

    private final GoodExamples service;
    private final GoodExampleRepository examples;
    private final ExampleSheet sheet;
    private final StoredFileRepository files;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    GoodExampleController(GoodExamples service, GoodExampleRepository examples, ExampleSheet sheet, StoredFileRepository files, UnitRefRepository units,
                          Access access, ShellFactory shells, Pages pages, Clock clock) {
        this.service = service;
        this.examples = examples;
        this.sheet = sheet;
        this.files = files;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> register(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String year, @Nullable @QueryValue String field,
                             @Nullable @QueryValue String unit) {
        UnitRef u = access.require(actor, unitId, Permission.VIEW);
        Filter f = filter(year, field, unit);
        Shell shell = shells.of(request, actor, u, "plans");
        List<ChildCount> counts = counts(u, f);
        List<ChildCount> all = f.fromUnit() == null ? counts : counts(u, new Filter(f.year(), f.field(), null));
        List<Option> from = new ArrayList<>();
        from.add(new Option(String.valueOf(u.id()), u.name()));
        all.stream().filter(c -> c.childId() != null).forEach(c -> from.add(new Option(String.valueOf(c.childId()), c.childName())));
        List<Integer> years = new ArrayList<>(examples.years(unitId));
        if (!years.contains(f.year())) {
            years.add(0, f.year());
        }
        return pages.render("recognition/register", new RecognitionPages.RegisterPage(shell, f, years, fields(shell.i18n()), from,
                examples.register(unitId, u.path(), f.from(), f.to(), f.fieldName(), f.fromUnit(), ROWS), counts,
                access.can(actor, u, Permission.WRITE_CONTENT)));
    }

    @Get("/export")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String year, @Nullable @QueryValue String field,
                           @Nullable @QueryValue String unit) {
        UnitRef u = access.require(actor, unitId, Permission.VIEW);
        Filter f = filter(year, field, unit);
        Shell shell = shells.of(request, actor, u, "plans");
        return sheet.of(shell.i18n(), u, f, examples.register(unitId, u.path(), f.from(), f.to(), f.fieldName(), f.fromUnit(), Integer.MAX_VALUE),
                counts(u, f)).response("guong-nguoi-tot-viec-tot-" + f.year() + ".xlsx");
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef u = access.require(actor, unitId, Permission.WRITE_CONTENT);
        return form(request, actor, u, ExampleInput.empty(u.name()), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef u = access.require(actor, unitId, Permission.WRITE_CONTENT);
        ExampleInput input = ExampleInput.parse(body);
        try {
            GoodExample saved = service.create(actor, u, service.check(input));
            return Redirects.seeOther(base(unitId) + "/" + saved.id(), Flash.success("examples.created"));
        } catch (UserInputException e) {
            return form(request, actor, u, input, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{exampleId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long exampleId) {
        UnitRef u = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, u, exampleId, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{exampleId}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Actor actor, long unitId, long exampleId, @Body @Nullable java.util.Map<String, String> body) {
        UnitRef u = access.require(actor, unitId, Permission.WRITE_CONTENT);
        try {
            service.sendUp(actor, u, exampleId, body == null ? null : body.get("note"));
            return Redirects.seeOther(base(unitId) + "/" + exampleId, Flash.success("examples.sent"));
        } catch (UserInputException e) {
            return page(request, actor, u, exampleId, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef u, long exampleId, FieldErrors errors, HttpStatus status) {
        GoodExample example = service.visible(actor, u, exampleId);
        boolean own = example.unitId().equals(u.id());
        List<Long> copy = own ? List.of() : examples.acceptedCopy(u.id(), exampleId);
        Long articleId = own ? example.articleId() : copy.isEmpty() ? null : copy.get(0);
        boolean mayWrite = access.can(actor, u, own ? Permission.WRITE_CONTENT : Permission.APPROVE_CONTENT);
        String sendTo = u.parentId() == null || !mayWrite || articleId == null || examples.sentBy(u.id(), exampleId) ? null
                : units.findById(u.parentId()).map(UnitRef::name).orElse(null);
        String writer = units.findById(example.unitId()).map(UnitRef::name).orElse("");
        return pages.render(status, "recognition/example", new RecognitionPages.ExamplePage(shells.of(request, actor, u, "plans"), example, writer,
                examples.hops(exampleId), articleId == null || !access.can(actor, u, Permission.READ_DRAFTS) ? null : "/admin/u/" + u.id() + "/articles/" + articleId,
                sendTo, !own, errors));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef u, ExampleInput input, FieldErrors errors, HttpStatus status) {
        Shell shell = shells.of(request, actor, u, "plans");
        return pages.render(status, "recognition/new", new RecognitionPages.NewPage(shell, input, fields(shell.i18n()), files.findImages(u.id(), 100),
                files.findByUnit(u.id(), 200, 0), errors));
    }

    private List<ChildCount> counts(UnitRef u, Filter f) {
        return examples.countsByChild(u.id(), u.path(), f.from(), f.to(), f.fieldName(), f.fromUnit());
    }

    private Filter filter(String year, String field, String unit) {
        return Filter.parse(year, field, unit, VietnamTime.today(clock).getYear());
    }

    static List<Option> fields(Translator t) {
        List<Option> options = new ArrayList<>();
        for (ExampleField f : ExampleField.values()) {
            options.add(new Option(f.name(), t.t(f.labelKey())));
        }
        return options;
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/good-examples";
    }
}
