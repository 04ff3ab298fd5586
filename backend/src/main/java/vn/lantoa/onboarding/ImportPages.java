package vn.lantoa.onboarding;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

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

        /** The type as people read it; what the file said when it is not a known type. */
        public String typeLabel(ImportRow row) {
            UnitType type = UnitType.parse(row.type());
            String text = type == null ? (row.type() == null ? "" : row.type()) : shell.t(type.labelKey());
            SchoolLevel level = SchoolLevel.parse(row.level());
            if (level != null) {
                return text + " · " + shell.t(level.labelKey());
            }
            return row.level() == null || row.level().isBlank() ? text : text + " · " + row.level();
        }
    }
}
