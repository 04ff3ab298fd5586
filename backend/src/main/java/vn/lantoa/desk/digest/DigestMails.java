package vn.lantoa.desk.digest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The digest's mail, plain text in Vietnamese: overdue cases first, then those due within a working day, each with its link. */
@Singleton
class DigestMails {

    private final Translator vi;
    private final String baseUrl;

    DigestMails(Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail digest(String to, UnitRef unit, List<DeskDigestJob.Late> late, LocalDate day, Instant now) {
        List<DeskDigestJob.Late> overdue = late.stream().filter(l -> l.sla().overdue()).toList();
        List<DeskDigestJob.Late> soon = late.stream().filter(l -> !l.sla().overdue()).toList();
        StringBuilder body = new StringBuilder(vi.t("desk.digest.intro", unit.name(), VietnamTime.date(day), overdue.size(), soon.size()));
        section(body, "desk.digest.overdue", overdue, unit);
        section(body, "desk.digest.soon", soon, unit);
        body.append("\n\n").append(vi.t("desk.digest.queue", baseUrl + "/admin/u/" + unit.id() + "/desk"));
        return new OutgoingMail(to, vi.t("desk.digest.subject", unit.name(), overdue.size(), soon.size(), VietnamTime.date(day)), body.toString(), null);
    }

    private void section(StringBuilder body, String titleKey, List<DeskDigestJob.Late> rows, UnitRef unit) {
        if (rows.isEmpty()) {
            return;
        }
        body.append("\n\n").append(vi.t(titleKey)).append('\n');
        for (DeskDigestJob.Late l : rows) {
            var c = l.deskCase();
            body.append("\n- ").append(vi.t("desk.digest.line", c.code(), vi.t(c.topic().labelKey()), vi.t(c.status().labelKey()),
                    vi.t(l.sla().acknowledge() ? "desk.sla.acknowledge" : "desk.sla.answer"), VietnamTime.dateTime(l.sla().due())));
            body.append("\n  ").append(baseUrl).append("/admin/u/").append(unit.id()).append("/desk/cases/").append(c.id());
        }
    }
}
