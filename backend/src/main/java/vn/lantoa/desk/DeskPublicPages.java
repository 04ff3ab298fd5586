package vn.lantoa.desk;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.site.SiteView;

import java.time.Instant;
import java.util.List;

/** What the public pages of the desk show: the form, the confirmation, and the citizen's view of a case. */
public final class DeskPublicPages {

    private DeskPublicPages() {
    }

    /** notice: a message key for the whole form (refused, too many), or null. */
    public record FormPage(SiteView site, FeedbackForm form, FieldErrors errors, List<Option> topics, List<Option> schools, String csrfToken,
                           String notice, long attachmentMegabytes) {

        public String error(String field) {
            var e = errors.first(field);
            return e == null ? null : site.t(e.key(), e.args().toArray());
        }
    }

    /** followLink is null for a duplicate: the first sending's link is not kept, only its hash. */
    public record SentPage(SiteView site, String code, String followLink, boolean duplicate, boolean mailed) {
    }

    /**
     * The citizen's view: status and the steps meant for them, never notes or who handled it; replyLink while the unit
     * waits for more; handledBy: the unit it was forwarded to; the names of the files
     * the citizen attached.
     */
    public record FollowPage(SiteView site, String code, CaseStatus status, Topic topic, Instant receivedAt, List<PublicStep> steps,
                             String replyLink, String handledBy, List<String> attachmentNames) {
    }

    public record PublicStep(StepKind kind, Instant at, String text) {
    }

    /** Where the citizen adds what the unit asked for: the question, a text field, and the way back to the follow page. */
    public record ReplyPage(SiteView site, String code, String question, String followLink, String text, FieldErrors errors, String csrfToken,
                            String notice, boolean open) {

        public String error(String field) {
            var e = errors.first(field);
            return e == null ? null : site.t(e.key(), e.args().toArray());
        }
    }
}
