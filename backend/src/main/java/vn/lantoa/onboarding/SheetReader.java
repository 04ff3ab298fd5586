package vn.lantoa.onboarding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.UserInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the rows of an onboarding file: CSV (UTF-8, comma or semicolon, as Excel saves it) or XLSX (first
 * sheet), every cell composed (NFC). A file that is neither, or is malformed, is refused with a message in
 * Vietnamese that says why and on which line.
 */
final class SheetReader {

    static final int MAX_ROWS = 5000;
    static final int MAX_CELL = 1000;

    /** A data row with its line number as the person sees it in the file (header is line 1). */
    record SheetRow(int line, List<String> cells) {
    }

    record Table(List<String> headers, List<SheetRow> rows) {
    }

    private SheetReader() {
    }

    static Table read(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return readXlsx(bytes);
        }
        if (bytes.length >= 8 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF) {
            throw UserInputException.of("file", "import.file.oldExcel");
        }
        return readCsv(bytes);
    }

    private static Table readCsv(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            // Excel's "Unicode text" is UTF-16.
            throw UserInputException.of("file", "import.file.notUtf8", "1");
        }
        int binary = firstBinaryByte(bytes);
        if (binary >= 0) {
            throw UserInputException.of("file", "import.file.binary", String.valueOf(lineOfByte(bytes, binary)));
        }
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw UserInputException.of("file", "import.file.empty");
        }
        TextLines lines = new TextLines(text);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        long lastLineRead = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Commons CSV's own message is English and about its tokenizer; the person needs the line.
                    throw UserInputException.of("file", "import.file.badCsv", String.valueOf(lines.nextNonBlank(lastLineRead)));
                }
                lastLineRead = parser.getCurrentLineNumber();
                List<String> cells = record.toList().stream().map(VietnameseText::composed).toList();
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                addRow(rows, lines.lineAt(record.getCharacterPosition()), cells);
            }
        } catch (IOException e) {
            throw UserInputException.of("file", "import.file.badCsv", String.valueOf(lines.nextNonBlank(lastLineRead)));
        }
        if (headers == null) {
            throw UserInputException.of("file", "import.file.empty");
        }
        return new Table(headers, rows);
    }

    /** The text of a UTF-8 file, or a refusal naming the line of the first byte that is not UTF-8. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw UserInputException.of("file", "import.file.notUtf8", String.valueOf(lineOfByte(bytes, in.position())));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The first byte that no text file has (NUL and the other control codes but tab, line breaks and form feed). */
    private static int firstBinaryByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Table readXlsx(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Optional<Sheet> first = workbook.getFirstSheet() == null ? Optional.empty() : Optional.of(workbook.getFirstSheet());
            if (first.isEmpty()) {
                throw UserInputException.of("file", "import.file.empty");
            }
            List<String> headers = null;
            List<SheetRow> rows = new ArrayList<>();
            try (Stream<Row> stream = first.get().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(VietnameseText.composed(text(row.getCell(i))));
                    }
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (headers == null) {
                        headers = cells;
                        continue;
                    }
                    addRow(rows, row.getRowNum(), cells);
                }
            }
            if (headers == null) {
                throw UserInputException.of("file", "import.file.empty");
            }
            return new Table(headers, rows);
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UserInputException.of("file", "import.file.badXlsx");
        }
    }

    /**
     * A cell as text. A formula is given back as the formula ("=A2&B2"), so that the check refuses it by its column
     * instead of importing whatever value Excel last computed.
     */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            return "=" + cell.getFormula();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static void addRow(List<SheetRow> rows, int line, List<String> cells) {
        if (rows.size() >= MAX_ROWS) {
            throw UserInputException.of("file", "import.file.tooManyRows", MAX_ROWS);
        }
        List<String> clipped = cells.stream().map(c -> c.length() > MAX_CELL ? c.substring(0, MAX_CELL) : c).toList();
        rows.add(new SheetRow(line, clipped));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
