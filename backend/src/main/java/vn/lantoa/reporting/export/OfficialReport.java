package vn.lantoa.reporting.export;

import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.rollup.RollUpTable;

import java.time.LocalDate;
import java.util.List;

/**
 * A report laid out as Nghị định 30/2020/NĐ-CP asks of an administrative document: the issuing unit under its parent,
 * the national title and motto, number and symbol, place and date, the document's kind and summary, the content, the
 * signer and the recipients ("Nơi nhận").
 */
public record OfficialReport(String parentName, String unitName, String number, String place, LocalDate date, String summary, FormView form,
                             RollUpTable table, String rollUpRule, String signerTitle, String signerName, List<String> recipients) {

    /** "Hà Nội, ngày 05 tháng 11 năm 2026": days and months under 10 take a leading zero (Phụ lục I, ND 30/2020). */
    public String placeAndDate() {
        return String.format("%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
