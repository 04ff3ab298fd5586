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
 * A table as an Excel workbook: a title line, a bold header row and the rows, numbers kept as numbers so the
 * receiving office can sum and filter them; more tables may follow below it on the same sheet, as on the page.
 */
public record XlsxTable(String sheetName, String title, List<String> headers, List<List<Object>> rows, List<Table> below) {

    /** A further table under the first: its own title, headers and rows. */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    public XlsxTable(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        this(sheetName, title, headers, rows, List.of());
    }

    public XlsxTable with(Table table) {
        List<Table> more = new java.util.ArrayList<>(below);
        more.add(table);
        return new XlsxTable(sheetName, title, headers, rows, List.copyOf(more));
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Lantoa", "1.0");
            Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
            int next = write(sheet, 0, new Table(title, headers, rows));
            for (Table table : below) {
                next = write(sheet, next + 1, table);
            }
            for (int c = 0; c < widest(); c++) {
                sheet.width(c, c == 0 ? 40 : 16);
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a table from the given row; returns the row after its last. */
    private static int write(Worksheet sheet, int top, Table table) {
        sheet.value(top, 0, table.title());
        sheet.style(top, 0).bold().fontSize(13).set();
        List<String> heads = table.headers();
        for (int c = 0; c < heads.size(); c++) {
            sheet.value(top + 2, c, heads.get(c));
            sheet.style(top + 2, c).bold().fillColor("DCE8F5").wrapText(true).set();
        }
        int r = top + 3;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    sheet.value(r, c, d);
                    sheet.style(r, c).format("dd/mm/yyyy").set();
                } else if (v != null) {
                    sheet.value(r, c, v.toString());
                }
            }
            r++;
        }
        return r;
    }

    private int widest() {
        int widest = headers.size();
        for (Table t : below) {
            widest = Math.max(widest, t.headers().size());
        }
        return widest;
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
