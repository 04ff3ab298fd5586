package vn.lantoa.press.contacts;

import io.micronaut.serde.annotation.Serdeable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.UserInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The spreadsheet of press contacts: its columns, the template to fill in, and reading a filled one (the first sheet of
 * an .xlsx; columns found by their headings, in any order). The onboarding import reads CSV too and is that package's
 * own; this one reads only what its template gives. A file too large, malformed or with too many lines is refused whole.
 */
public final class ContactSheet {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    static final int MAX_CELL = 1000;

    /** The columns, in the template's order; the heading is what a person sees and what the reader looks for. */
    public enum Column {
        OUTLET("Cơ quan báo chí"), KIND("Loại"), SCOPE("Phạm vi"), NAME("Họ tên"), BEAT("Chuyên mục"), POSITION("Chức vụ"),
        PHONE("Điện thoại"), EMAIL("Email"), LISTS("Danh sách");

        final String heading;

        Column(String heading) {
            this.heading = heading;
        }

        String folded() {
            return VietnameseText.fold(heading).toLowerCase(Locale.ROOT);
        }
    }

    /** A line of the file as read: its number as the spreadsheet shows it, and one cell per column (empty when absent). */
    @Serdeable
    public record Line(int number, List<String> cells) {

        public String get(Column c) {
            return cells.get(c.ordinal());
        }
    }

    private ContactSheet() {
    }

    static List<Line> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw UserInputException.of("file", "contacts.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw UserInputException.of("file", "contacts.import.notXlsx");
        }
        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            if (sheet == null) {
                throw UserInputException.of("file", "contacts.import.empty");
            }
            int[] at = null;
            List<Line> lines = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (at == null) {
                        at = columns(cells);
                        continue;
                    }
                    if (lines.size() >= MAX_ROWS) {
                        throw UserInputException.of("file", "contacts.import.tooManyRows", MAX_ROWS);
                    }
                    List<String> picked = new ArrayList<>();
                    for (int index : at) {
                        picked.add(index < 0 || index >= cells.size() ? "" : cells.get(index));
                    }
                    lines.add(new Line(row.getRowNum(), picked));
                }
            }
            if (at == null) {
                throw UserInputException.of("file", "contacts.import.empty");
            }
            if (lines.isEmpty()) {
                throw UserInputException.of("file", "contacts.import.noRows");
            }
            return lines;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UserInputException.of("file", "contacts.import.badXlsx");
        }
    }

    /** Where each column is on the heading line; "Họ tên" must be there, any other may be left out. */
    private static int[] columns(List<String> headings) {
        int[] at = new int[Column.values().length];
        for (Column c : Column.values()) {
            at[c.ordinal()] = -1;
            for (int i = 0; i < headings.size(); i++) {
                if (VietnameseText.fold(headings.get(i)).toLowerCase(Locale.ROOT).strip().equals(c.folded())) {
                    at[c.ordinal()] = i;
                    break;
                }
            }
        }
        if (at[Column.NAME.ordinal()] < 0) {
            throw UserInputException.of("file", "contacts.import.missingColumns", Column.NAME.heading);
        }
        return at;
    }

    /** A formula comes back as the formula, so that the check refuses it instead of importing what Excel last computed. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.getType() == CellType.FORMULA ? "=" + cell.getFormula() : cell.getText();
        text = text == null ? "" : VietnameseText.composed(text.strip());
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
    }

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("Báo Ví Dụ", "Báo", "Địa phương", "Nguyễn Văn An", "Giáo dục", "Phóng viên", "0912 345 678", "an.nguyen@baovidu.example.vn",
                    "Báo chí địa phương; Phóng viên giáo dục"),
            List.of("Đài Phát thanh - Truyền hình Ví Dụ", "Đài", "Địa phương", "Trần Thị Bình", "Thời sự", "Biên tập viên", "",
                    "binh.tran@daividu.example.vn", "Báo chí địa phương"),
            List.of("Tạp chí Giáo dục Ví Dụ", "Tạp chí", "Trung ương", "Lê Minh Châu", "Tuyển sinh", "", "024 3869 1234", "", ""));

    /** The template: the headings in order, three example lines, and a second sheet that says what each column takes. */
    static byte[] template() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Lantoa", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh ba bao chi");
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].heading);
                sheet.style(0, c).bold().fillColor("DCE8F5").set();
                sheet.width(c, c == 0 || c == 8 ? 32 : 20);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                for (int c = 0; c < columns.length; c++) {
                    sheet.value(r + 1, c, EXAMPLES.get(r).get(c));
                }
            }
            Worksheet help = workbook.newWorksheet("Huong dan");
            List<String> notes = List.of("Mỗi dòng là một phóng viên. Chỉ cột Họ tên là bắt buộc.",
                    "Loại: Báo, Đài, Tạp chí hoặc Trang tin. Phạm vi: Trung ương hoặc Địa phương (cần khi cơ quan báo chí chưa có trong danh bạ).",
                    "Email: hộp thư công vụ của phóng viên; mỗi email chỉ một người trong danh bạ của đơn vị.",
                    "Danh sách: tên các danh sách gửi tin, cách nhau bằng dấu chấm phẩy; danh sách chưa có sẽ được tạo.",
                    "Tối đa " + MAX_ROWS + " dòng, tệp .xlsx không quá " + MAX_BYTES / (1024 * 1024) + " MB. Có lỗi ở dòng nào thì không dòng nào được nhập.");
            for (int r = 0; r < notes.size(); r++) {
                help.value(r, 0, notes.get(r));
            }
            help.width(0, 120);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
