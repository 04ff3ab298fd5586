package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;
import java.util.Map;

/**
 * What is read of a unit's report from outside the unit: what was sent, never the draft being typed. The recipient
 * and the units above see nothing before a first send (404, as if there were no report), and a report returned for
 * correction as it was last sent: its answers, the files that came with it, its state as returned, its history
 * without the unit's own steps. Only the unit's own people read the draft, as only they read unpublished articles.
 */
@Singleton
public class SentReports {

    private final Access access;
    private final ReportHistory history;
    private final Answers answers;
    private final ReportAttachments attachments;

    SentReports(Access access, ReportHistory history, Answers answers, ReportAttachments attachments) {
        this.access = access;
        this.history = history;
        this.answers = answers;
        this.attachments = attachments;
    }

    /** Whether the person reads the unit's drafts: its own people do, readers from above do not. */
    boolean readsDrafts(Actor actor, UnitRef sender) {
        return access.can(actor, sender, Permission.READ_DRAFTS);
    }

    /** The report, once it was sent at least once; 404 for a draft, a report awaiting sign-off, or none at all. */
    public static Report sentOnly(Report report) {
        if (report == null || report.firstSubmittedAt() == null) {
            throw new NotFoundException("sent report");
        }
        return report;
    }

    /** The answers as last sent: a report being corrected after a return still shows what its recipient received. */
    public Map<String, String> answers(Report report) {
        if (sentOnly(report).status().editable()) {
            return history.lastSent(report).orElse(Map.of());
        }
        return answers.read(report.answers());
    }

    /** A report sent and now editable again was returned: whatever the unit does with it since is its own until sent. */
    public static Report.State state(Report report) {
        return report.status().editable() ? Report.State.RETURNED : report.status();
    }

    public static ReportStatus.Facts facts(Report report) {
        return new ReportStatus.Facts(false, report.firstSubmittedAt(), report.status().editable(), report.status() == Report.State.ACCEPTED);
    }

    /**
     * The files that came with the last send: a sent report takes files again only once returned. Times are kept to the
     * second, so a file attached within the second of the return would count as sent; a person cannot be that quick.
     */
    public List<AttachmentRow> attachments(Report report) {
        if (sentOnly(report).status().editable() && report.decidedAt() != null) {
            return attachments.listUpTo(report.id(), report.decidedAt());
        }
        return attachments.list(report.id());
    }

    public boolean attached(Report report, long fileId) {
        return attachments(report).stream().anyMatch(a -> a.fileId() == fileId);
    }

    /** Sends, returns and acceptances; the unit's own request for sign-off is not part of what it sent. */
    public List<SendPages.VersionView> history(Report report, FormDefinition form) {
        return history.of(sentOnly(report), form).stream().filter(v -> v.version().action() != ReportVersion.Action.SIGNOFF_REQUESTED).toList();
    }
}
