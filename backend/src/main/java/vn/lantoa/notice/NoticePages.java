package vn.lantoa.notice;

import vn.lantoa.platform.mail.BatchProgress;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

public final class NoticePages {

    private NoticePages() {
    }

    /** Received notices of the unit; sent ones when it has units below (null otherwise). */
    public record ListPage(Shell shell, Instant now, List<ReceivedNotice> received, boolean canAcknowledge, List<SentNotice> sent, boolean canSend) {
    }

    /** The form, and once checked the audience it would reach (preview), with the button that sends it. */
    public record FormPage(Shell shell, NoticeForm form, List<Option> kinds, List<Option> severities, List<Option> audiences, List<Option> units,
                           NoticeAudience.Preview preview, String siteBase, FieldErrors errors) {

        public boolean chosen(Option unit) {
            return form.unitIds() != null && form.unitIds().contains(Long.valueOf(unit.value()));
        }
    }

    public record DetailPage(Shell shell, Instant now, SentNotice notice, List<TargetAck> targets, BatchProgress mail, boolean canManage) {

        public long waiting() {
            return notice.targetCount() - notice.acknowledged();
        }
    }
}
