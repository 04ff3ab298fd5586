package vn.lantoa.press.stats;

import java.time.LocalDate;
import java.util.List;

/** The quarterly report as the template lays it out (Nghị định 30/2020); tables holds the figures of the quarter. */
public record ReportDocument(String parentName, String unitName, String number, String place, LocalDate date, String summary,
                             PressStatsTables.Tables tables, String signerTitle, String signerName, List<String> recipients,
                             vn.lantoa.platform.i18n.Translator vi) {

    /** "Đắk Lắk, ngày 05 tháng 04 năm 2026": days and months under 10 take a leading zero (Phụ lục I, NĐ 30/2020). */
    public String placeAndDate() {
        return String.format("%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public String typeLabel(String type) {
        return PressStatsTables.typeLabel(vi::t, type);
    }
}
