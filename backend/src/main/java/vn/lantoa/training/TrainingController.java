package vn.lantoa.training;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.FileDownloads;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.sharing.Audience;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trainings of a unit: those it organises (with attendance per invited unit and per unit directly below it) and those it
 * is invited to (programme, materials, its registration). Oversight from above reads them.
 */
@Hidden
@Controller("/admin/u/{unitId}/trainings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class TrainingController {

    static final int ROWS = 200;

    private final Trainings service;
    private final TrainingRepository trainings;
    private final TrainingAttendeeRepository people;
    private final StoredFileRepository files;
    private final FileDownloads downloads;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    TrainingController(Trainings service, TrainingRepository trainings, TrainingAttendeeRepository people, StoredFileRepository files, FileDownloads downloads, UnitRefRepository units,
                       Access access, ShellFactory shells, Pages pages, Clock clock) {
        this.service = service;
        this.trainings = trainings;
        this.people = people;
        this.files = files;
        this.downloads = downloads;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("training/list", new TrainingPages.ListPage(shells.of(request, actor, unit, "plans"), trainings.organisedBy(unitId, ROWS),
                trainings.invitations(unitId, VietnamTime.today(clock).minusYears(1), ROWS),
                unit.type().mayHaveChildren() && access.can(actor, unit, Permission.MANAGE_PLANS)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        return form(request, actor, unit, TrainingInput.empty(), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        TrainingInput input = TrainingInput.parse(body);
        try {
            Training saved = service.create(actor, unit, service.check(input));
            return Redirects.seeOther(base(unitId) + "/" + saved.id(), Flash.success("training.created"));
        } catch (UserInputException e) {
            return form(request, actor, unit, input, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{trainingId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long trainingId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, unit, trainingId, null, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{trainingId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, Actor actor, long unitId, long trainingId, @Body @Nullable Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        String typed = body == null ? null : body.get("people");
        try {
            int count = service.register(actor, unit, trainingId, typed);
            return Redirects.seeOther(base(unitId) + "/" + trainingId, Flash.success("training.registered", count));
        } catch (UserInputException e) {
            return page(request, actor, unit, trainingId, typed, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{trainingId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> attendance(HttpRequest<?> request, Actor actor, long unitId, long trainingId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Map<String, List<String>> form = body == null || body.isEmpty() ? Map.of()
                : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 20_000).parameters();
        Set<Long> present = new LinkedHashSet<>();
        Map<Long, String> notes = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.equals("present")) {
                values.forEach(v -> add(present, v));
            } else if (name.startsWith("note-") && !values.isEmpty()) {
                Set<Long> id = new LinkedHashSet<>();
                add(id, name.substring(5));
                id.forEach(i -> notes.put(i, values.get(0)));
            }
        });
        try {
            service.recordAttendance(actor, unit, trainingId, present, notes);
            return Redirects.seeOther(base(unitId) + "/" + trainingId, Flash.success("training.attendanceSaved"));
        } catch (UserInputException e) {
            return page(request, actor, unit, trainingId, null, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{trainingId}/export")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(HttpRequest<?> request, Actor actor, long unitId, long trainingId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Training t = own(actor, unit, trainingId);
        Shell shell = shells.of(request, actor, unit, "plans");
        return TrainingSheet.of(shell.i18n(), t, trainings.invites(trainingId, unit.path()), people.attendees(trainingId))
                .response("tap-huan-" + trainingId + ".xlsx");
    }

    @Get("/{trainingId}/materials/{fileId}")
    @Produces(MediaType.ALL)
    HttpResponse<?> material(Actor actor, long unitId, long trainingId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Training t = service.visible(actor, unit, trainingId);
        if (!trainings.materialIds(trainingId).contains(fileId)) {
            throw new NotFoundException("material " + fileId);
        }
        StoredFile file = files.findByUnitIdAndId(t.unitId(), fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        return downloads.stream(file, true);
    }

    private Training own(Actor actor, UnitRef unit, long trainingId) {
        Training t = service.visible(actor, unit, trainingId);
        if (!t.unitId().equals(unit.id())) {
            throw new NotFoundException("training " + trainingId + " of " + unit.id());
        }
        return t;
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long trainingId, @Nullable String typedPeople, FieldErrors errors,
                                 HttpStatus status) {
        Training t = service.visible(actor, unit, trainingId);
        boolean organiser = t.unitId().equals(unit.id());
        Instant now = clock.instant();
        List<Long> materialIds = trainings.materialIds(trainingId);
        List<StoredFile> materials = materialIds.isEmpty() ? List.of() : files.findByUnitIdAndIds(t.unitId(), materialIds);
        List<InviteRow> invites = organiser ? trainings.invites(trainingId, unit.path()) : List.of();
        Map<Long, List<TrainingAttendee>> attendees = organiser
                ? people.attendees(trainingId).stream().collect(Collectors.groupingBy(TrainingAttendee::unitId, LinkedHashMap::new, Collectors.toList()))
                : Map.of(unit.id(), people.attendeesOf(trainingId, unit.id()));
        String typed = typedPeople != null ? typedPeople : attendees.getOrDefault(unit.id(), List.of()).stream()
                .map(a -> a.fullName() + (a.position() == null ? "" : "; " + a.position())).collect(Collectors.joining("\n"));
        String organiserName = units.findById(t.unitId()).map(UnitRef::name).orElse("");
        return pages.render(status, "training/training", new TrainingPages.TrainingPage(shells.of(request, actor, unit, "plans"), t, organiserName,
                organiser, materials, invites, TrainingSheet.subtrees(invites), attendees, t.registrationOpen(now), t.started(now),
                access.can(actor, unit, Permission.MANAGE_PLANS), typed, errors));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, TrainingInput input, FieldErrors errors, HttpStatus status) {
        Shell shell = shells.of(request, actor, unit, "plans");
        return pages.render(status, "training/new", new TrainingPages.NewPage(shell, input, Audience.choicesBelow(shell.i18n(), unit),
                files.findByUnit(unit.id(), 200, 0), errors));
    }

    private static void add(Set<Long> ids, String value) {
        try {
            ids.add(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            // A tampered checkbox is ignored: only the training's own attendees are ever updated.
        }
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/trainings";
    }
}
