package vn.lantoa.desk.settings;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

/**
 * The settings page: one row per standard topic with the values shown in its fields. from is where the applying setting
 * was made: null for the defaults, "" for the unit itself, else the name of the unit above it.
 */
public record SettingsPage(Shell shell, List<Row> rows, Map<String, String> values, FieldErrors errors, boolean own, boolean hasParent) {

    public record Row(String code, String standardLabel, String from) {
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public String error(String field) {
        var e = errors.first(field);
        return e == null ? null : shell.t(e.key(), e.args().toArray());
    }
}
