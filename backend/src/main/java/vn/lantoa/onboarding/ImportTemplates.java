package vn.lantoa.onboarding;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lantoa.platform.text.FormulaText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sample files to fill in, with the columns in the order the checker expects and three example lines. */
final class ImportTemplates {

    private static final List<ImportColumns> ORDER = List.of(ImportColumns.CODE, ImportColumns.NAME, ImportColumns.SHORT_NAME,
            ImportColumns.TYPE, ImportColumns.LEVEL, ImportColumns.PARENT, ImportColumns.ADDRESS, ImportColumns.PHONE, ImportColumns.EMAIL,
            ImportColumns.WEBSITE, ImportColumns.ADMIN_EMAIL, ImportColumns.ADMIN_NAME);

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("phong-gddt-vi-du", "Phòng Giáo dục và Đào tạo Ví Dụ", "Phòng GDĐT Ví Dụ", "Phòng GDĐT", "", "", "Số 1 đường Ví Dụ",
                    "0243 123 4567", "phonggd@vidu.edu.vn", "", "quantri.phong@vidu.edu.vn", "Nguyễn Văn Ví"),
            List.of("", "Trường Mầm non Hoa Sen Ví Dụ", "MN Hoa Sen", "Trường", "Mầm non", "phong-gddt-vi-du", "", "0243 765 4321",
                    "", "", "hieutruong.mnhoasen@vidu.edu.vn", "Trần Thị Sen"),
            List.of("", "Trường THCS Ví Dụ", "", "Trường", "THCS", "phong-gddt-vi-du", "", "", "", "", "", ""));

    private ImportTemplates() {
    }

    static byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", ORDER.stream().map(ImportColumns::header).toList())).append("\r\n");
        for (List<String> row : EXAMPLES) {
            sb.append(String.join(",", row.stream().map(ImportTemplates::quote).toList())).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Lantoa", "1.0");
            Worksheet sheet = workbook.newWorksheet("Don vi");
            for (int c = 0; c < ORDER.size(); c++) {
                sheet.value(0, c, ORDER.get(c).header());
                sheet.style(0, c).bold().fillColor("DCE8F5").set();
                sheet.width(c, 22);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                for (int c = 0; c < ORDER.size(); c++) {
                    sheet.value(r + 1, c, EXAMPLES.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV cell: quoted when it must be, and never something a spreadsheet would run as a formula. */
    private static String quote(String value) {
        String safe = FormulaText.neutralised(value);
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
