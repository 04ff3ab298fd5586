package vn.lantoa.desk;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The officer's pages: the queue, one case, and the form that logs a call or a visit. */
public final class DeskPages {

    private DeskPages() {
    }

    public record Filter(String status, String topic, String assignee, String q) {

        public boolean any() {
            return !status.isEmpty() || !topic.isEmpty() || !assignee.isEmpty() || !q.isEmpty();
        }
    }

    public record Row(DeskCase deskCase, String assigneeName, Duration age, SlaClock.Sla sla) {
    }

    public record QueuePage(Shell shell, List<Row> rows, Filter filter, List<Option> statuses, List<Option> topics, List<Option> assignees,
                            long overdue) {
    }

    public record Step(CaseStep step, boolean shownToCitizen) {
    }

    public record CasePage(Shell shell, DeskCase deskCase, String concernedUnitName, String assigneeName, SlaClock.Sla sla, Duration age,
                           List<CaseStep> history, List<Option> members, FieldErrors errors, String noteText, String answerText, String resultText,
                           List<Option> issues, String questionText, List<vn.lantoa.desk.attach.DeskAttachment> attachments,
                           List<vn.lantoa.topic.TopicLinks.Choice> topics) {

        public boolean closed() {
            return deskCase.status() == CaseStatus.DA_DONG || deskCase.spam();
        }
    }

    public record ContactPage(Shell shell, ContactForm form, FieldErrors errors, List<Option> channels, List<Option> topics) {
    }

    /** Time as the officer reads it: "2 ngày 3 giờ", "5 giờ 10 phút", "12 phút". */
    public static String duration(Shell s, Duration d) {
        Duration abs = d.abs();
        long days = abs.toDays();
        long hours = abs.toHoursPart();
        long minutes = abs.toMinutesPart();
        if (days > 0) {
            return s.t("desk.duration.days", days, hours);
        }
        if (hours > 0) {
            return s.t("desk.duration.hours", hours, minutes);
        }
        return s.t("desk.duration.minutes", minutes);
    }

    public static String slaText(Shell s, SlaClock.Sla sla) {
        if (sla == null) {
            return "";
        }
        String what = s.t(sla.acknowledge() ? "desk.sla.acknowledge" : "desk.sla.answer");
        return sla.overdue() ? s.t("desk.sla.overdue", what, duration(s, sla.left())) : s.t("desk.sla.left", what, duration(s, sla.left()));
    }

    public static Instant due(SlaClock.Sla sla) {
        return sla == null ? null : sla.due();
    }
}
