package vn.lantoa.people;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;

import java.util.Map;

/** Accepting an invitation: the invited person sets their name, phone and password and is signed in. */
@Hidden
@Controller("/invitation")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class InvitationController {

    private final Invitations invitations;
    private final SessionTokens tokens;
    private final ShellFactory shells;

    private final Pages pages;

    InvitationController(Invitations invitations, SessionTokens tokens, ShellFactory shells, Pages pages) {
        this.pages = pages;
        this.invitations = invitations;
        this.tokens = tokens;
        this.shells = shells;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String token) {
        User invitee = invitations.invitee(token).orElse(null);
        return pages.render(invitee == null ? HttpStatus.NOT_FOUND : HttpStatus.OK, "people/invitation",
                new PeoplePages.InvitationPage(shells.anonymous(request), token == null ? "" : token, invitee,
                        invitee == null ? "" : invitee.fullName(), "", new FieldErrors()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, @Body Map<String, String> body) {
        String token = body.getOrDefault("token", "");
        try {
            User user = invitations.accept(token, body.get("fullName"), body.get("phone"), body.get("password"), body.get("confirm"));
            return Redirects.seeOther("/admin", vn.lantoa.platform.web.Flash.success("invitation.welcome", user.fullName()))
                    .cookie(tokens.browserSession(request, user));
        } catch (UserInputException e) {
            User invitee = invitations.invitee(token).orElse(null);
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "people/invitation", new PeoplePages.InvitationPage(
                    shells.anonymous(request), token, invitee, body.getOrDefault("fullName", ""), body.getOrDefault("phone", ""), e.errors()));
        }
    }
}
