package vn.lantoa.press.contacts;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** What the press contacts' tests share: reading the database as it is, and spreadsheets made on the spot. */
final class ContactsFixture {

    static final List<String> HEADINGS = List.of("Cơ quan báo chí", "Loại", "Phạm vi", "Họ tên", "Chuyên mục", "Chức vụ", "Điện thoại", "Email",
            "Danh sách");

    private ContactsFixture() {
    }

    static long count(String sql, Object... params) {
        Number n = one(sql, params);
        return n.longValue();
    }

    @SuppressWarnings("unchecked")
    static <T> T one(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (T) rs.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workbook with the headings and these lines (each as many cells as the headings). */
    static byte[] xlsx(List<String> headings, List<List<String>> lines) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, headings.get(c));
            }
            for (int r = 0; r < lines.size(); r++) {
                for (int c = 0; c < lines.get(r).size(); c++) {
                    sheet.value(r + 1, c, lines.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
