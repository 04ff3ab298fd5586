package vn.lantoa.press.incidents;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.Severity;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Telling the units above at once, by the incident's severity: on opening, every unit it reaches; on raising the
 * severity, the units newly reached. The committee heads, admins and spokespersons of each are mailed (in the same
 * transaction as the change, through the outbox); the units told are returned for the timeline.
 */
@Singleton
class Escalation {

    private final Sql sql;
    private final MailOutbox outbox;
    private final Translator vi;
    private final String baseUrl;

    Escalation(Sql sql, MailOutbox outbox, Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.sql = sql;
        this.outbox = outbox;
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Tells the units reached by {@code now} and not by {@code before} (null: nobody above was told yet). */
    List<String> tell(UnitRef unit, Incident incident, Severity before, Severity now) {
        List<Long> above = new ArrayList<>(unit.pathIds());
        above.remove(above.size() - 1);
        List<String> told = new ArrayList<>();
        for (int distance = 1; distance <= above.size(); distance++) {
            if (!now.reaches(distance) || (before != null && before.reaches(distance))) {
                continue;
            }
            long unitId = above.get(above.size() - distance);
            String name = sql.one("SELECT name FROM unit WHERE id = ?", rs -> rs.getString(1), unitId).orElse("");
            told.add(name);
            Set<String> emails = new LinkedHashSet<>(sql.list("SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id "
                    + "WHERE m.unit_id = ? AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'SPOKESPERSON') AND u.status = 'ACTIVE' ORDER BY u.email",
                    rs -> rs.getString(1), unitId));
            for (String email : emails) {
                outbox.enqueue(mail(email, name, unit, incident, now));
            }
        }
        return told;
    }

    private OutgoingMail mail(String to, String toUnit, UnitRef unit, Incident i, Severity severity) {
        return new OutgoingMail(to, vi.t("press.incident.mail.subject", vi.t(severity.labelKey()), unit.name(), i.title()),
                vi.t("press.incident.mail.body", toUnit, unit.name(), i.code(), i.title(), vi.t(i.type().labelKey()), vi.t(severity.labelKey()),
                        VietnamTime.dateTime(i.firstAlertAt()), VietnamTime.dateTime(i.statementDueAt()), i.summary() == null ? "" : i.summary(),
                        baseUrl + "/admin/u/" + unit.id() + "/press/incidents/" + i.id()), null);
    }
}
