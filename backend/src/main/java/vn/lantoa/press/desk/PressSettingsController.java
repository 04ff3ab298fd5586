package vn.lantoa.press.desk;

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
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.press.PressDefaults;
import vn.lantoa.press.PressSettings;
import vn.lantoa.press.PressSettingsReads;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Map;

/** The unit's press settings: days to answer a journalist, hours to the first statement, how often the digest goes out. */
@Hidden
@Controller("/admin/u/{unitId}/press/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PressSettingsController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressSettingsReads settings;
    private final PressSettingsWriter writer;
    private final PressDefaults defaults;

    PressSettingsController(Access access, ShellFactory shells, Pages pages, PressSettingsReads settings, PressSettingsWriter writer,
                            PressDefaults defaults) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.settings = settings;
        this.writer = writer;
        this.defaults = defaults;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        PressSettings s = settings.of(unitId);
        var saved = writer.saved(unitId);
        SettingsInput form = new SettingsInput(String.valueOf(s.questionDueDays()), String.valueOf(s.statementHours()), s.digestFrequency(),
                saved.map(v -> String.valueOf(v.version())).orElse(""));
        return render(request, actor, unit, HttpStatus.OK, form, new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Map<String, String> b = body == null ? Map.of() : body;
        SettingsInput input = new SettingsInput(b.get("questionDueDays"), b.get("statementHours"), b.get("digestFrequency"), b.get("version"));
        FieldErrors errors = new FieldErrors();
        Long version = Fields.version(errors, input.version());
        SettingsInput.Checked checked = input.validate(errors);
        if (errors.hasAny()) {
            return render(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, input, errors);
        }
        try {
            writer.save(actor, unit, version, checked);
        } catch (StaleVersionException e) {
            String at = writer.saved(unitId).map(s -> VietnamTime.dateTime(s.updatedAt())).orElse("");
            return render(request, actor, unit, HttpStatus.CONFLICT, input, new FieldErrors().add("version", "press.settings.stale", at));
        }
        return Redirects.seeOther("/admin/u/" + unitId + "/press/settings", Flash.success("press.settings.saved"));
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, SettingsInput form, FieldErrors errors) {
        var saved = writer.saved(unit.id());
        return pages.render(status, "press/desk/settings", new PressDeskPages.Settings(shells.of(request, actor, unit, "press"), form.orBlank(), errors,
                defaults.getQuestionDueDays(), defaults.getStatementHours(), saved.isPresent(),
                saved.map(s -> VietnamTime.dateTime(s.updatedAt())).orElse("")));
    }
}
