package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.press.Severity;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders one incident's page, for its own unit (with the forms its roles may use) and, read-only, for the units above
 * with oversight: every open incident below is on their board, so each is readable from there, escalated or not.
 */
@Singleton
class IncidentView {

    private final IncidentStore store;
    private final IncidentSources sources;
    private final Playbooks playbooks;
    private final IncidentWork work;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    IncidentView(IncidentStore store, IncidentSources sources, Playbooks playbooks, IncidentWork work, Access access, ShellFactory shells, Pages pages) {
        this.store = store;
        this.sources = sources;
        this.playbooks = playbooks;
        this.work = work;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    HttpResponse<?> render(HttpRequest<?> request, Actor actor, UnitRef unit, long id, HttpStatus status, FieldErrors errors, String statementTitle,
                           String statementText) {
        Incident i = store.find(unit.id(), id).orElseThrow(() -> new NotFoundException("incident " + id));
        Shell shell = shells.of(request, actor, unit, "press");
        boolean fromAbove = access.seesFromAbove(actor, unit);
        boolean canWork = !fromAbove && i.open() && access.can(actor, unit, Permission.MONITOR_MEDIA);
        boolean canSpeak = !fromAbove && access.can(actor, unit, Permission.HANDLE_PRESS);
        Playbook playbook = playbooks.nearest(unit, i.type()).orElse(null);
        List<IncidentPages.LinkGroup> groups = new ArrayList<>();
        if (canWork) {
            for (Map.Entry<LinkKind, List<Option>> e : sources.choices(unit.id()).entrySet()) {
                groups.add(new IncidentPages.LinkGroup(e.getKey().name(), shell.t(e.getKey().labelKey()), e.getValue()));
            }
        }
        Instant now = work.now();
        String title = statementTitle != null ? statementTitle : shell.t("press.incident.statement.defaultTitle", i.title());
        String text = statementText != null ? statementText : playbook == null || playbook.draftStatement() == null ? "" : playbook.draftStatement();
        return pages.render(status, "press/incidents/incident", new IncidentPages.IncidentPage(shell, i, i.clock(now), unit.name(),
                timeline(shell, store.events(unit.id(), id)), store.tasks(unit.id(), id), sources.links(unit.id(), id),
                canWork ? work.members(unit.id()) : List.of(), groups, severities(shell), playbook == null ? List.of() : playbook.calls(),
                playbook == null ? null : playbook.title(), canWork, canSpeak, fromAbove, title, text, errors, now));
    }

    static List<IncidentPages.SeverityChoice> severities(Shell shell) {
        List<IncidentPages.SeverityChoice> list = new ArrayList<>();
        for (Severity s : Severity.values()) {
            list.add(new IncidentPages.SeverityChoice(s.name(), shell.t(s.labelKey()), shell.t(s.labelKey() + ".tell")));
        }
        return list;
    }

    static List<Option> types(Shell shell) {
        List<Option> list = new ArrayList<>();
        for (IncidentType t : IncidentType.values()) {
            list.add(new Option(t.name(), shell.t(t.labelKey())));
        }
        return list;
    }

    private static List<IncidentPages.Line> timeline(Shell shell, List<IncidentStore.Event> events) {
        List<IncidentPages.Line> lines = new ArrayList<>();
        for (IncidentStore.Event e : events) {
            String body = e.body() == null ? "" : e.body();
            String text = switch (e.kind()) {
                case "SEVERITY" -> {
                    String[] p = body.split(">");
                    yield shell.t("press.incident.event.SEVERITY", shell.t("press.severity." + p[0]), shell.t("press.severity." + p[p.length - 1]));
                }
                case "LINKED" -> {
                    String[] p = body.split(":");
                    LinkKind k = LinkKind.parse(p[0]);
                    yield shell.t("press.incident.event.LINKED", k == null ? p[0] : shell.t(k.labelKey()), p.length > 1 ? p[1] : "");
                }
                default -> shell.t("press.incident.event." + e.kind(), body);
            };
            lines.add(new IncidentPages.Line(e.at(), e.actorName() == null ? "" : e.actorName(), e.kind(), text));
        }
        return lines;
    }
}
