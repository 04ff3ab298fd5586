package vn.lantoa.onboarding;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class ImportPages {

    private ImportPages() {
    }

    public record UploadPage(Shell shell, List<ImportJob> recent, FieldErrors errors, int maxRows) {
    }

    public record JobPage(Shell shell, ImportJob job, List<ImportRow> rows) {

        public String rowErrorText(ImportRow.RowError error) {
            return shell.t(error.key(), error.args().toArray());
        }
    }
}
