package vn.lantoa.onboarding;

import vn.lantoa.platform.mail.BatchProgress;
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

    /** invitations is null until the import is done. */
    public record JobPage(Shell shell, ImportJob job, PreviewSlice lines, BatchProgress invitations) {

        /** The problem with the column it is in ("Cột Email quản trị: Email không hợp lệ."), so the person knows where to look. */
        public String rowErrorText(ImportRow.RowError error) {
            String problem = shell.t(error.key(), error.args().toArray());
            ImportColumns column = ImportColumns.ofField(error.field());
            return column == null ? problem : shell.t("import.errorInColumn", column.header(), problem);
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
