package vn.lantoa.press.releases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

/** The press desk's release pages: the unit's mailings with the form to mail a release, and one mailing's delivery log. */
public final class ReleasesPages {

    private ReleasesPages() {
    }

    /** What was typed in the mailing form: the release, the ticked lists (one listId field each), the embargo in Vietnam time. */
    @Serdeable
    public record MailingForm(@Nullable String articleId, @Nullable List<String> listId, @Nullable String embargo) {

        public static MailingForm empty() {
            return new MailingForm("", List.of(), "");
        }

        public List<String> listIds() {
            return listId == null ? List.of() : listId;
        }

        public boolean ticked(long id) {
            return listIds().contains(String.valueOf(id));
        }

        public String embargoValue() {
            return embargo == null ? "" : embargo;
        }

        public String articleValue() {
            return articleId == null ? "" : articleId;
        }
    }

    @Serdeable
    public record KitForm(@Nullable String fileId) {
    }

    public record MailingLine(long id, String subject, String lists, Instant sendAt, boolean embargoed, boolean waiting, MailingCounts counts) {
    }

    public record ListLine(long id, String name, String owner, boolean own, long recipients) {
    }

    public record ListPage(Shell shell, List<MailingLine> mailings, boolean canSend, List<Option> releases, List<ListLine> lists, MailingForm form,
                           FieldErrors errors, List<StoredFile> kit, List<Option> libraryFiles, String pressRoomUrl) {

        public String error(String field) {
            var e = errors.first(field);
            return e == null ? null : shell.t(e.key(), e.args().toArray());
        }
    }

    public record LogLine(String fullName, String email, String status, String statusLabel, int attempts, Instant nextAttemptAt, String lastError,
                          Instant sentAt) {
    }

    public record MailingPage(Shell shell, MailingLine mailing, String releaseUrl, List<LogLine> log, String filter, List<Option> filters, int page,
                              int pageCount, boolean canRetry) {
    }
}
