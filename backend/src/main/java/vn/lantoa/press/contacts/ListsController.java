package vn.lantoa.press.contacts;

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
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit's mailing lists, and the lists a unit above shares down: those are shown with their contacts and can be
 * mailed to from here, but every change to them answers 404, as they are not this unit's to edit.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/contacts/lists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ListsController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressListEditor editor;
    private final PressLists lists;
    private final ContactRepository contacts;

    ListsController(Access access, ShellFactory shells, Pages pages, PressListEditor editor, PressLists lists, ContactRepository contacts) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.editor = editor;
        this.lists = lists;
        this.contacts = contacts;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        List<PressLists.Mailable> all = lists.mailable(unit);
        return pages.render("press/contacts/lists", new ContactPages.ListsPage(shells.of(request, actor, unit, "press"),
                all.stream().filter(PressLists.Mailable::own).toList(), all.stream().filter(l -> !l.own()).toList()));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, ListInput.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        ListInput input = Form.parse(body).list();
        try {
            PressList created = editor.create(actor, unit, editor.check(unit, input, null));
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success("contacts.list.done.created", created.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{listId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long listId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return page(request, actor, unit, listId, HttpStatus.OK, new FieldErrors());
    }

    @Get("/{listId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long listId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, listId, HttpStatus.OK, ListInput.of(editor.own(unit, listId)), new FieldErrors());
    }

    @Post("/{listId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long listId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        PressList current = editor.own(unit, listId);
        ListInput input = Form.parse(body).list();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            editor.update(actor, unit, listId, version, editor.check(unit, input, listId));
            return Redirects.seeOther(base(unitId) + "/" + listId, Flash.success("contacts.list.done.updated", current.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, listId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            return edit(request, actor, unit, listId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "contacts.stale", VietnamTime.dateTime(editor.own(unit, listId).updatedAt())));
        }
    }

    @Post("/{listId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long listId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        editor.delete(actor, unit, listId);
        return Redirects.seeOther(base(unitId), Flash.success("contacts.list.done.deleted"));
    }

    @Post("/{listId}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMembers(HttpRequest<?> request, Actor actor, long unitId, long listId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        editor.own(unit, listId);
        List<Long> ids = new ArrayList<>();
        for (String v : Form.parse(body).all("contactIds")) {
            Long id = ContactsController.id(v);
            if (id == null) {
                return page(request, actor, unit, listId, HttpStatus.UNPROCESSABLE_ENTITY, new FieldErrors().add("contactIds", "error.invalidValue"));
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return page(request, actor, unit, listId, HttpStatus.UNPROCESSABLE_ENTITY, new FieldErrors().add("contactIds", "contacts.list.members.none"));
        }
        try {
            int added = editor.add(actor, unit, listId, ids);
            return Redirects.seeOther(base(unitId) + "/" + listId, Flash.success("contacts.list.done.added", added));
        } catch (UserInputException e) {
            return page(request, actor, unit, listId, HttpStatus.UNPROCESSABLE_ENTITY, e.errors());
        }
    }

    @Post("/{listId}/members/{contactId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(Actor actor, long unitId, long listId, long contactId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        editor.remove(actor, unit, listId, contactId);
        return Redirects.seeOther(base(unitId) + "/" + listId, Flash.success("contacts.list.done.removed"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long listId, HttpStatus status, FieldErrors errors) {
        PressLists.Mailable list = lists.usable(unit, listId).orElseThrow(() -> new NotFoundException("press list " + listId));
        List<PressLists.Member> members = lists.members(unit, listId);
        List<Option> candidates = List.of();
        if (list.own()) {
            Set<Long> on = members.stream().map(PressLists.Member::contactId).collect(Collectors.toSet());
            candidates = contacts.findByUnitIdOrderByFullName(unit.id()).stream().filter(c -> !on.contains(c.id()))
                    .map(c -> new Option(String.valueOf(c.id()), c.fullName() + (c.email() == null ? "" : " <" + c.email() + ">"))).toList();
        }
        return pages.render(status, "press/contacts/members", new ContactPages.ListPage(shells.of(request, actor, unit, "press"), list, members,
                candidates, errors));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long listId, HttpStatus status, ListInput input,
                                 FieldErrors errors) {
        return pages.render(status, "press/contacts/listedit", new ContactPages.ListEditPage(shells.of(request, actor, unit, "press"), listId,
                input.orBlank(), errors, unit.type().mayHaveChildren()));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/contacts/lists";
    }
}
