package vn.lantoa.plan.write;

import java.util.List;

/**
 * An issued plan as its NĐ 30 document shows it: the heading, number, place and date, title, basis, purpose, signer, then
 * the appendix (landscape) with one row per item under its group's row.
 */
public record PlanDocument(String parentName, String unitName, String number, String placeAndDate, String title, List<String> basis,
                           String basisClosing, List<String> purpose, String signerTitle, String signerName, String appendixTitle,
                           String appendixCaption, List<Group> groups) {

    public record Group(String numeral, String title, List<Row> rows) {
    }

    public record Row(int stt, String topic, String form, String lead, String partners, String time, String budget) {
    }
}
