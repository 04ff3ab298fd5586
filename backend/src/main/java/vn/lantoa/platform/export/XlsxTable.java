package vn.lantoa.platform.export;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lantoa.platform.storage.ContentDisposition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * One table as an Excel workbook: a title line, a bold header row and the rows, numbers kept as numbers so the
 * receiving office can sum and filter them.
 */
public record XlsxTable(String sheetName, String title, List<String> headers, List<List<Object>> rows) {

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Lantoa", "1.0");
            Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(13).set();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(2, c, headers.get(c));
                sheet.style(2, c).bold().fillColor("DCE8F5").wrapText(true).set();
                sheet.width(c, c == 0 ? 40 : 16);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r + 3, c, n);
                    } else if (v instanceof LocalDate d) {
                        sheet.value(r + 3, c, d);
                        sheet.style(r + 3, c).format("dd/mm/yyyy").set();
                    } else if (v != null) {
                        sheet.value(r + 3, c, v.toString());
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MutableHttpResponse<byte[]> response(String fileName) {
        return HttpResponse.ok(bytes()).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", ContentDisposition.attachment(fileName)).header("Cache-Control", "no-store");
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safeSheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return s.isEmpty() ? "Lantoa" : s.length() > 31 ? s.substring(0, 31) : s;
    }
}
