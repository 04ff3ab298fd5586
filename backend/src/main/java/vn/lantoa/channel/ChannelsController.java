package vn.lantoa.channel;

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
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitPerson;
import vn.lantoa.tenancy.UnitRef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The unit's official channels: read by its members and from above, written by those who run its site. */
@Hidden
@Controller("/admin/u/{unitId}/channels")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ChannelsController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Channels writes;
    private final ChannelRepository channels;
    private final MembershipRepository memberships;

    ChannelsController(Access access, ShellFactory shells, Pages pages, Channels writes, ChannelRepository channels, MembershipRepository memberships) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.writes = writes;
        this.channels = channels;
        this.memberships = memberships;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Map<Long, String> people = memberships.findPeopleOf(unitId).stream().collect(Collectors.toMap(UnitPerson::id, UnitPerson::fullName, (x, y) -> x));
        List<ChannelPages.Row> rows = channels.findByUnit(unitId).stream()
                .map(c -> new ChannelPages.Row(c, c.personUserId() != null ? people.getOrDefault(c.personUserId(), "") : c.personName() == null ? "" : c.personName()))
                .toList();
        return pages.render("channel/list", new ChannelPages.ListPage(shells.of(request, actor, unit, "site"), rows,
                access.can(actor, unit, Permission.MANAGE_SITE), "/" + unit.slug() + ChannelSiteController.PATH));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        return edit(request, actor, unit, null, HttpStatus.OK, ChannelInput.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        ChannelInput input = parse(body);
        try {
            Channel created = writes.create(actor, unit, writes.check(unit, input));
            return Redirects.seeOther(base(unitId), Flash.success("channel.done.created", created.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{channelId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long channelId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        Channel c = channels.findByUnitIdAndId(unitId, channelId).orElseThrow(() -> new NotFoundException("channel " + channelId));
        return edit(request, actor, unit, channelId, HttpStatus.OK, ChannelInput.of(c), new FieldErrors());
    }

    @Post("/{channelId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long channelId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        Channel current = channels.findByUnitIdAndId(unitId, channelId).orElseThrow(() -> new NotFoundException("channel " + channelId));
        ChannelInput input = parse(body);
        try {
            FieldErrors errors = new FieldErrors();
            Long version = Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            Channel saved = writes.update(actor, unit, channelId, version, writes.check(unit, input));
            return Redirects.seeOther(base(unitId), Flash.success("channel.done.updated", saved.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, channelId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            Channel now = channels.findByUnitIdAndId(unitId, channelId).orElse(current);
            return edit(request, actor, unit, channelId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "channel.stale", VietnamTime.dateTime(now.updatedAt())));
        }
    }

    @Post("/{channelId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long channelId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        Channel current = channels.findByUnitIdAndId(unitId, channelId).orElseThrow(() -> new NotFoundException("channel " + channelId));
        writes.delete(actor, unit, channelId);
        return Redirects.seeOther(base(unitId), Flash.success("channel.done.deleted", current.name()));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long channelId, HttpStatus status, ChannelInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "site");
        List<Option> kinds = Arrays.stream(ChannelKind.values()).map(k -> new Option(k.name(), shell.t(k.labelKey()))).toList();
        List<Option> people = new ArrayList<>();
        people.add(new Option("", shell.t("channel.person.none")));
        memberships.findPeopleOf(unit.id()).forEach(p -> people.add(new Option(p.id().toString(), p.fullName())));
        return pages.render(status, "channel/edit", new ChannelPages.EditPage(shell, channelId, input.orBlank(), errors, kinds, people));
    }

    private static ChannelInput parse(String body) {
        Map<String, List<String>> v = body == null || body.isEmpty() ? Map.of()
                : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 200).parameters();
        java.util.function.Function<String, String> one = name -> v.containsKey(name) && !v.get(name).isEmpty() ? v.get(name).get(0) : null;
        return new ChannelInput(one.apply("kind"), one.apply("name"), one.apply("address"), one.apply("personUserId"), one.apply("personName"),
                one.apply("phone"), one.apply("sortOrder"), one.apply("active") == null ? "false" : one.apply("active"), one.apply("version"));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/channels";
    }
}
