package vn.lantoa.desk.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queue as a spreadsheet: the cases the queue page shows for the same filters (same query, same order, same cap),
 * times in Vietnam time. The citizen's name, phone and email are columns only for the handling unit's own desk roles,
 * and their export is written to the audit log, as every view of personal data must be.
 */
@Singleton
public class QueueSheet {

    private final DeskCaseRepository cases;
    private final UserRepository users;
    private final SlaClock sla;
    private final AuditLog audit;
    private final Languages languages;
    private final Clock clock;

    QueueSheet(DeskCaseRepository cases, UserRepository users, SlaClock sla, AuditLog audit, Languages languages, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.sla = sla;
        this.audit = audit;
        this.languages = languages;
        this.clock = clock;
    }

    /** Whether the citizens' personal data goes into the sheet: only for a desk role held in the unit itself. */
    static boolean showsPersonalData(Actor actor, UnitRef unit) {
        return actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.HOTLINE_OFFICER);
    }

    @Transactional
    public XlsxTable of(Actor actor, UnitRef unit, String status, String topic, String assignee, String q) {
        Translator t = languages.vietnamese();
        CaseStatus s = CaseStatus.parse(status);
        Topic tp = Topic.parse(topic);
        Map<Long, String> members = users.findMembersOf(unit.id()).stream()
                .collect(Collectors.toMap(MemberRow::id, MemberRow::fullName, (a, b) -> a));
        Long assigneeId = parseId(assignee);
        if (assigneeId != null && !members.containsKey(assigneeId)) {
            assigneeId = null;
        }
        // The queue page's search, to the letter (DeskController.queue): tone-less, words in order, at most 200 characters.
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        String pattern = "%" + VietnameseText.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replaceAll("\\s+", "%") + "%";
        List<DeskCase> found = cases.queue(unit.id(), s == null ? null : s.name(), tp == null ? null : tp.name(), assigneeId, pattern);
        boolean personal = showsPersonalData(actor, unit);
        Instant now = clock.instant();
        List<String> headers = new ArrayList<>(List.of(t.t("desk.field.code"), t.t("desk.field.receivedAt"), t.t("desk.field.topic"),
                t.t("desk.field.channel"), t.t("desk.field.status"), t.t("desk.field.assignee"), t.t("desk.export.col.acknowledgedAt"),
                t.t("desk.export.col.answeredAt"), t.t("desk.export.col.closedAt"), t.t("desk.export.col.answerDue"), t.t("desk.export.col.overdue"),
                t.t("desk.field.message")));
        if (personal) {
            headers.addAll(List.of(t.t("desk.field.name"), t.t("desk.field.phone"), t.t("desk.field.email")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DeskCase c : found) {
            SlaClock.Sla clockNow = sla.of(c, now);
            List<Object> row = new ArrayList<>(List.of(c.code(), VietnamTime.dateTime(c.receivedAt()), t.t(c.topic().labelKey()),
                    t.t(c.channel().labelKey()), t.t(c.status().labelKey()),
                    c.assigneeId() == null ? t.t("desk.unassigned") : members.getOrDefault(c.assigneeId(), ""),
                    VietnamTime.dateTime(c.acknowledgedAt()), VietnamTime.dateTime(c.answeredAt()), VietnamTime.dateTime(c.closedAt()),
                    VietnamTime.dateTime(sla.deadlines(c).answer()), clockNow != null && clockNow.overdue() ? t.t("desk.export.yes") : "",
                    c.message()));
            if (personal) {
                row.add(c.citizenName());
                row.add(c.citizenPhone());
                row.add(c.citizenEmail());
            }
            rows.add(row);
        }
        if (personal) {
            audit.record(actor, unit.id(), "desk.exportQueue", "unit", unit.id(), t.t("desk.export.audit", rows.size()), null, null);
        }
        return new XlsxTable(t.t("desk.title"), t.t("desk.export.title", unit.name(), VietnamTime.dateTime(now)), headers, rows);
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
