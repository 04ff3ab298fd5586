package vn.lantoa.press.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The spokesperson's desk (/press): what is due today and what is burning. The desk sees everything; a hotline officer
 * sees the incidents and clippings; those who only read (a viewer, the levels above) see the coming events and the ways
 * to the statistics and the board of incidents below, never the journalists' questions.
 */
@Hidden
@Controller("/admin/u/{unitId}/press")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PressDeskController {

    static final int ROWS = 20;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressDeskReads reads;
    private final Clock clock;

    PressDeskController(Access access, ShellFactory shells, Pages pages, PressDeskReads reads, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.reads = reads;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> overview(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        boolean desk = access.can(actor, unit, Permission.HANDLE_PRESS);
        boolean listens = access.can(actor, unit, Permission.MONITOR_MEDIA);
        Instant now = clock.instant();
        LocalDate today = VietnamTime.today(clock);
        return pages.render("press/desk/overview", new PressDeskPages.Overview(shells.of(request, actor, unit, "press"),
                desk ? reads.questions(unitId, today, ROWS) : null,
                listens ? reads.incidents(unitId, now, ROWS) : null,
                listens ? reads.clippings(unitId, today, ROWS) : null,
                desk ? reads.releases(unitId, now, ROWS) : null,
                reads.events(unitId, now, ROWS), !desk && !listens,
                unit.type().mayHaveChildren() && access.canSeeBelow(actor, unit)));
    }
}
