package vn.lantoa.onboarding;

import vn.lantoa.platform.text.VietnameseText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an onboarding file. Headers are matched without tone marks, case or spacing, so
 * "Tên đơn vị", "TEN DON VI" and "ten_don_vi" are the same column; English keys work too.
 */
enum ImportColumns {
    CODE("ma", "madonvi", "slug", "code"),
    NAME("tendonvi", "ten", "name"),
    SHORT_NAME("tenviettat", "viettat", "shortname"),
    TYPE("loai", "loaidonvi", "type"),
    LEVEL("caphoc", "level", "schoollevel"),
    PARENT("donvicaptren", "captren", "parent"),
    ADDRESS("diachi", "address"),
    PHONE("dienthoai", "sodienthoai", "phone"),
    EMAIL("email", "emaildonvi", "thudientu"),
    WEBSITE("website", "trangweb"),
    ADMIN_EMAIL("emailquantri", "quantriemail", "emailquantrivien", "adminemail"),
    ADMIN_NAME("hotenquantri", "quantrihoten", "tenquantri", "hotenquantrivien", "adminname");

    private final List<String> aliases;

    ImportColumns(String... aliases) {
        this.aliases = List.of(aliases);
    }

    static String normalize(String header) {
        return VietnameseText.fold(header == null ? "" : header).replaceAll("[^a-z0-9]", "");
    }

    /** Column index per known column; unknown headers are ignored. */
    static Map<ImportColumns, Integer> locate(List<String> headers) {
        Map<ImportColumns, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = normalize(headers.get(i));
            for (ImportColumns column : values()) {
                if (column.aliases.contains(h) && !found.containsKey(column)) {
                    found.put(column, i);
                }
            }
        }
        return found;
    }

    /** The field of the unit form (and of the check's errors) this column fills. */
    String field() {
        return switch (this) {
            case CODE -> "code";
            case NAME -> "name";
            case SHORT_NAME -> "shortName";
            case TYPE -> "type";
            case LEVEL -> "schoolLevel";
            case PARENT -> "parent";
            case ADDRESS -> "address";
            case PHONE -> "phone";
            case EMAIL -> "email";
            case WEBSITE -> "website";
            case ADMIN_EMAIL -> "adminEmail";
            case ADMIN_NAME -> "adminName";
        };
    }

    /** The column an error of this field belongs to, so that the person is told where to look; null for none. */
    static ImportColumns ofField(String field) {
        if ("slug".equals(field)) {
            return CODE;
        }
        for (ImportColumns column : values()) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        return null;
    }

    /** The header written in templates. */
    String header() {
        return switch (this) {
            case CODE -> "Mã";
            case NAME -> "Tên đơn vị";
            case SHORT_NAME -> "Tên viết tắt";
            case TYPE -> "Loại";
            case LEVEL -> "Cấp học";
            case PARENT -> "Đơn vị cấp trên";
            case ADDRESS -> "Địa chỉ";
            case PHONE -> "Điện thoại";
            case EMAIL -> "Email";
            case WEBSITE -> "Website";
            case ADMIN_EMAIL -> "Email quản trị";
            case ADMIN_NAME -> "Họ tên quản trị";
        };
    }
}
