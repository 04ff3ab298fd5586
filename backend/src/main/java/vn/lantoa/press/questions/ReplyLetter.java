package vn.lantoa.press.questions;

import java.util.List;

/** What the written reply's template shows; every text is escaped by the template (journalists' words are never HTML). */
public record ReplyLetter(String parentName, String unitName, String number, String placeAndDate, String subject, String outletName, String opening,
                          List<String> paragraphs, String signerTitle, String signerName, List<String> recipients) {
}
