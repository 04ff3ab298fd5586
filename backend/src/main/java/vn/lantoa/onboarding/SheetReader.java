package vn.lantoa.onboarding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.platform.web.UserInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the rows of an onboarding file: CSV (UTF-8, comma or semicolon, as Excel saves it) or XLSX (first
 * sheet). A file that is neither, or is malformed, is refused with a message that says why.
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw UserInputException.of("file", "import.file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0)) {
            throw UserInputException.of("file", "import.file.unreadable");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                addRow(rows, (int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw UserInputException.of("file", "import.file.badCsv", String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        if (headers == null) {
            throw UserInputException.of("file", "import.file.empty");
        }
        return new Table(headers, rows);
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
                        cells.add(row.getCellAsString(i).orElse("").strip());
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
