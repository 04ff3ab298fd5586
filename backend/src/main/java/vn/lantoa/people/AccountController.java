package vn.lantoa.people;

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
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.security.SessionCookies;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.util.Map;

/** A person's own page: contact details, password, roles, and signing out everywhere. */
@Hidden
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class AccountController {

    private final UserRepository users;
    private final PasswordResets passwords;
    private final SessionTokens tokens;
    private final SessionCookies cookies;
    private final ShellFactory shells;
    private final AuditLog audit;
    private final Clock clock;

    private final Pages pages;

    AccountController(UserRepository users, PasswordResets passwords, SessionTokens tokens, SessionCookies cookies,
                      ShellFactory shells, AuditLog audit, Clock clock, Pages pages) {
        this.pages = pages;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.cookies = cookies;
        this.shells = shells;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor) {
        User me = users.findById(actor.userId()).orElseThrow();
        return page(request, actor, me, ProfileForm.from(me), new FieldErrors(), new FieldErrors(), HttpStatus.OK);
    }

    @Post("/profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    HttpResponse<?> saveProfile(HttpRequest<?> request, Actor actor, @Body ProfileForm form) {
        User me = users.findById(actor.userId()).orElseThrow();
        FieldErrors errors = new FieldErrors();
        ProfileForm clean = form.clean(errors);
        if (errors.hasAny()) {
            return page(request, actor, me, form, errors, new FieldErrors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        User changed = users.update(new User(me.id(), me.email(), clean.fullName(), clean.phone(), clean.jobTitle(), me.passwordHash(),
                me.status(), me.platformAdmin(), me.failedLoginCount(), me.lockedUntil(), me.lastLoginAt(), me.sessionsValidAfter(),
                me.createdAt(), me.updatedAt(), me.version()));
        audit.record(actor, null, "user.profileUpdated", "user", me.id(), me.email() + " sửa thông tin cá nhân", me.auditView(), changed.auditView());
        return Redirects.seeOther("/account", Flash.success("account.saved"));
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(HttpRequest<?> request, Actor actor, @Body Map<String, String> body) {
        try {
            passwords.change(actor, body.get("current"), body.get("password"), body.get("confirm"));
        } catch (UserInputException e) {
            User me = users.findById(actor.userId()).orElseThrow();
            return page(request, actor, me, ProfileForm.from(me), new FieldErrors(), e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        // Other sessions end with the change; this one continues with a fresh token.
        User me = users.findById(actor.userId()).orElseThrow();
        return Redirects.seeOther("/account", Flash.success("account.passwordChanged")).cookie(tokens.browserSession(request, me));
    }

    @Post("/sign-out-everywhere")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    HttpResponse<?> signOutEverywhere(HttpRequest<?> request, Actor actor) {
        User me = users.findById(actor.userId()).orElseThrow();
        users.update(new User(me.id(), me.email(), me.fullName(), me.phone(), me.jobTitle(), me.passwordHash(), me.status(),
                me.platformAdmin(), me.failedLoginCount(), me.lockedUntil(), me.lastLoginAt(), clock.instant().plusSeconds(1),
                me.createdAt(), me.updatedAt(), me.version()));
        tokens.revokeAllOf(me.id());
        audit.record(actor, null, "user.signedOutEverywhere", "user", me.id(), me.email() + " đăng xuất khỏi mọi thiết bị", null, null);
        return Redirects.seeOther("/login", Flash.info("account.signedOutEverywhere")).cookie(cookies.clearedSession(request));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, User me, ProfileForm form, FieldErrors profileErrors,
                                 FieldErrors passwordErrors, HttpStatus status) {
        return pages.render(status, "people/account", new PeoplePages.AccountPage(shells.personal(request, actor), me, actor.grants(),
                form, profileErrors, passwordErrors));
    }
}
