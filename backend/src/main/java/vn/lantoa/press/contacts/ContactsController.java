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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.text.VietnameseText;
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
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit's journalists. Contacts are personal data of the journalists: only the unit's press desk reads and writes
 * them; a viewer of the unit and the units above get 403.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/contacts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ContactsController {

    static final int PAGE_ROWS = 100;
    static final int MAX_PAGE = 10_000;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressContacts writes;
    private final ContactSearch search;
    private final ContactRepository contacts;
    private final OutletRepository outlets;
    private final PressListRepository lists;

    ContactsController(Access access, ShellFactory shells, Pages pages, PressContacts writes, ContactSearch search, ContactRepository contacts,
                       OutletRepository outlets, PressListRepository lists) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.writes = writes;
        this.search = search;
        this.contacts = contacts;
        this.outlets = outlets;
        this.lists = lists;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String outlet,
                         @Nullable @QueryValue String list, @Nullable @QueryValue String page) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        Long outletId = id(outlet);
        Long listId = id(list);
        ContactSearch.Filter filter = new ContactSearch.Filter(query, outletId, listId);
        Long asked = id(page);
        int number = (int) Math.max(1, Math.min(asked == null ? 1 : asked, MAX_PAGE));
        ContactSearch.Found found = search.find(unitId, filter, PAGE_ROWS, (number - 1) * PAGE_ROWS);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_ROWS - 1) / PAGE_ROWS);
        Shell shell = shells.of(request, actor, unit, "press");
        return pages.render("press/contacts/list", new ContactPages.ContactsPage(shell, found.lines(), found.total(),
                new ContactPages.Filter(query, outletId == null ? "" : String.valueOf(outletId), listId == null ? "" : String.valueOf(listId)),
                outletOptions(unitId), lists.findByUnitIdOrderByName(unitId).stream().map(l -> new Option(String.valueOf(l.id()), l.name())).toList(),
                number, pageCount));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, ContactInput.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        ContactInput input = Form.parse(body).contact();
        try {
            Contact created = writes.create(actor, unit, writes.check(unit, input, null));
            return Redirects.seeOther(base(unitId), Flash.success("contacts.done.created", created.fullName()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{contactId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long contactId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Contact c = contacts.findByUnitIdAndId(unitId, contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        return edit(request, actor, unit, contactId, HttpStatus.OK, ContactInput.of(c), new FieldErrors());
    }

    @Post("/{contactId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long contactId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Contact current = contacts.findByUnitIdAndId(unitId, contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        ContactInput input = Form.parse(body).contact();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            writes.update(actor, unit, contactId, version, writes.check(unit, input, contactId));
            return Redirects.seeOther(base(unitId), Flash.success("contacts.done.updated", current.fullName()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, contactId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            Contact now = contacts.findByUnitIdAndId(unitId, contactId).orElse(current);
            return edit(request, actor, unit, contactId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "contacts.stale", VietnamTime.dateTime(now.updatedAt())));
        }
    }

    @Post("/{contactId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long contactId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        writes.delete(actor, unit, contactId);
        return Redirects.seeOther(base(unitId), Flash.success("contacts.done.deleted"));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long contactId, HttpStatus status, ContactInput input,
                                 FieldErrors errors) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "—"));
        options.addAll(outletOptions(unit.id()));
        return pages.render(status, "press/contacts/edit", new ContactPages.ContactEditPage(shells.of(request, actor, unit, "press"), contactId,
                input.orBlank(), errors, options));
    }

    private List<Option> outletOptions(long unitId) {
        return outlets.findByUnitIdOrderByName(unitId).stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList();
    }

    static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/contacts";
    }
}
