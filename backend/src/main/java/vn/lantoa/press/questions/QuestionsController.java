package vn.lantoa.press.questions;

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
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.ConflictException;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages of a unit's journalists' questions. The press desk (Permission.HANDLE_PRESS: the unit's admin, head and
 * spokesperson) reads and works them; approving and declining are for those the decree names to speak for the unit (see
 * {@link Questions}). Questions are the unit's own: the units above do not read them.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class QuestionsController {

    static final int PAGE_ROWS = 200;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Questions questions;
    private final QuestionRepository repository;
    private final QuestionSearch search;
    private final QuestionSteps steps;
    private final QuestionPeople people;
    private final DueDates dueDates;
    private final ReplyLetters letters;

    QuestionsController(Access access, ShellFactory shells, Pages pages, Questions questions, QuestionRepository repository, QuestionSearch search,
                        QuestionSteps steps, QuestionPeople people, DueDates dueDates, ReplyLetters letters) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.questions = questions;
        this.repository = repository;
        this.search = search;
        this.steps = steps;
        this.people = people;
        this.dueDates = dueDates;
        this.letters = letters;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String assignee,
                         @Nullable @QueryValue String overdue) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        LocalDate today = questions.today();
        QuestionStatus st = QuestionStatus.parse(status);
        boolean open = "OPEN".equalsIgnoreCase(status == null ? "" : status.strip());
        Long assigneeId = id(assignee);
        boolean late = "1".equals(overdue) || "true".equalsIgnoreCase(overdue);
        QuestionSearch.Found found = search.find(unitId, new QuestionSearch.Filter(st, open, assigneeId, late ? today : null), PAGE_ROWS, 0);
        Shell shell = shells.of(request, actor, unit, "press");
        List<QuestionPages.Row> rows = found.lines().stream().map(l -> new QuestionPages.Row(l.q(), l.assigneeName() == null ? "" : l.assigneeName(),
                l.q().status().open() && l.q().dueOn().isBefore(today), l.q().status().open() && l.q().dueOn().equals(today))).toList();
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("OPEN", shell.t("press.q.status.OPEN")));
        for (QuestionStatus s : QuestionStatus.values()) {
            statuses.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        QuestionPages.Filter filter = new QuestionPages.Filter(st != null ? st.name() : open ? "OPEN" : "", assigneeId == null ? "" : String.valueOf(assigneeId), late);
        return pages.render("press/questions/list", new QuestionPages.ListPage(shell, rows, found.total(), filter, statuses, assignees(unitId),
                found.total() > rows.size()));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, QuestionInput.empty(questions.today()), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        QuestionInput input = input(form(body));
        try {
            Question created = questions.create(actor, unit, questions.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success("press.q.done.created", created.code()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{questionId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long questionId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return page(request, actor, unit, questionId, HttpStatus.OK, new FieldErrors(), "", "");
    }

    @Get("/{questionId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long questionId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Question q = find(unitId, questionId);
        if (!q.status().open()) {
            return Redirects.seeOther(base(unitId) + "/" + questionId, Flash.error("press.q.conflict.closed"));
        }
        boolean custom = DueRule.parse(q.dueRule()).custom();
        QuestionInput input = new QuestionInput(VietnamTime.date(q.receivedOn()), q.channel().name(), q.outletName(), q.journalistName(),
                q.journalistEmail(), q.contactId() == null ? "" : String.valueOf(q.contactId()), q.question(), custom ? VietnamTime.date(q.dueOn()) : "",
                q.assigneeId() == null ? "" : String.valueOf(q.assigneeId()), String.valueOf(q.version()));
        return edit(request, actor, unit, questionId, HttpStatus.OK, input, new FieldErrors());
    }

    @Post("/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Question current = find(unitId, questionId);
        QuestionInput input = input(form(body));
        try {
            FieldErrors errors = new FieldErrors();
            Long version = vn.lantoa.platform.web.Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            questions.update(actor, unit, questionId, version, questions.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + questionId, Flash.success("press.q.done.updated"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, questionId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            Question now = repository.findByUnitIdAndId(unitId, questionId).orElse(current);
            return edit(request, actor, unit, questionId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "press.q.stale", VietnamTime.dateTime(now.updatedAt())));
        } catch (ConflictException e) {
            return Redirects.seeOther(base(unitId) + "/" + questionId, Flash.error(e.messageKey()));
        }
    }

    @Post("/{questionId}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> draft(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        String text = one(form(body), "draftText");
        return step(request, actor, unit, questionId, () -> questions.saveDraft(actor, unit, questionId, text), "press.q.done.drafted", text, "");
    }

    @Post("/{questionId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return step(request, actor, unit, questionId, () -> questions.approve(actor, unit, questionId), "press.q.done.approved", "", "");
    }

    @Post("/{questionId}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return step(request, actor, unit, questionId, () -> questions.send(actor, unit, questionId), "press.q.done.sent", "", "");
    }

    @Post("/{questionId}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        String reason = one(form(body), "reason");
        return step(request, actor, unit, questionId, () -> questions.decline(actor, unit, questionId, reason), "press.q.done.declined", "", reason);
    }

    @Get("/{questionId}/reply.pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, long questionId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Question q = find(unitId, questionId);
        return HttpResponse.ok(letters.pdf(unit, q)).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", vn.lantoa.platform.storage.ContentDisposition.attachment(ReplyLetters.fileName(q)));
    }

    private HttpResponse<?> step(HttpRequest<?> request, Actor actor, UnitRef unit, long questionId, java.util.function.Supplier<Question> work,
                                 String done, String draftTyped, String reasonTyped) {
        find(unit.id(), questionId);
        try {
            work.get();
            return Redirects.seeOther(base(unit.id()) + "/" + questionId, Flash.success(done));
        } catch (UserInputException e) {
            return page(request, actor, unit, questionId, HttpStatus.UNPROCESSABLE_ENTITY, e.errors(), draftTyped, reasonTyped);
        } catch (ConflictException e) {
            return Redirects.seeOther(base(unit.id()) + "/" + questionId, Flash.error(e.messageKey()));
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long questionId, HttpStatus status, FieldErrors errors,
                                 String draftTyped, String reasonTyped) {
        Question q = find(unit.id(), questionId);
        Shell shell = shells.of(request, actor, unit, "press");
        String assignee = q.assigneeId() == null ? "" : people.member(unit.id(), q.assigneeId()).map(m -> m.fullName()).orElse("");
        String approver = q.approvedBy() == null ? "" : letters.letter(unit, q).signerName();
        DueRule rule = DueRule.parse(q.dueRule());
        LocalDate today = questions.today();
        return pages.render(status, "press/questions/show", new QuestionPages.ShowPage(shell, q, shell.t(q.channel().labelKey()), assignee, approver,
                shell.t(rule.labelKey(), rule.days()), steps.of(unit.id(), questionId), q.status().open() && q.dueOn().isBefore(today),
                questions.canApprove(actor, unit), errors, draftTyped == null ? "" : draftTyped, reasonTyped == null ? "" : reasonTyped));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long questionId, HttpStatus status, QuestionInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "press");
        List<Option> channels = new ArrayList<>();
        for (QuestionChannel c : QuestionChannel.values()) {
            channels.add(new Option(c.name(), shell.t(c.labelKey())));
        }
        List<Option> contacts = people.contacts(unit.id()).stream().map(c -> new Option(String.valueOf(c.id()), c.label())).toList();
        int days = dueDates.defaultDays(unit.id());
        LocalDate received = VietnamTime.parseDate(input.receivedOn() == null ? "" : input.receivedOn());
        LocalDate from = received == null ? questions.today() : received;
        return pages.render(status, "press/questions/edit", new QuestionPages.EditPage(shell, questionId, input.orBlank(), errors, channels, contacts,
                assignees(unit.id()), days, dueDates.due(from, days)));
    }

    private List<Option> assignees(long unitId) {
        return people.desk(unitId).stream().map(m -> new Option(String.valueOf(m.id()), m.fullName())).toList();
    }

    private Question find(long unitId, long questionId) {
        return repository.findByUnitIdAndId(unitId, questionId).orElseThrow(() -> new NotFoundException("question " + questionId));
    }

    private static Map<String, List<String>> form(String body) {
        return body == null || body.isEmpty() ? Map.of() : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 100).parameters();
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static QuestionInput input(Map<String, List<String>> f) {
        return new QuestionInput(one(f, "receivedOn"), one(f, "channel"), one(f, "outletName"), one(f, "journalistName"), one(f, "journalistEmail"),
                one(f, "contactId"), one(f, "question"), one(f, "dueOn"), one(f, "assigneeId"), one(f, "version"));
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/questions";
    }
}
