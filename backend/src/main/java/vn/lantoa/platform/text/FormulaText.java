package vn.lantoa.platform.text;

/**
 * Text that a spreadsheet would run as a formula when a file is opened: "=HYPERLINK(...)", "+1+1", "-2+3", "@SUM(...)",
 * or any of those behind a tab or carriage return, which some programs strip first (OWASP "CSV injection").
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The character that makes it look like a formula, as a person reads it in a message. */
    public static String leadingSign(String text) {
        char first = text.charAt(0);
        return first == '\t' ? "Tab" : first == '\r' ? "CR" : String.valueOf(first);
    }

    /**
     * The text as a spreadsheet cell that is never a formula: a leading apostrophe, which Excel and LibreOffice read
     * as "this is text" (the way a person types it). For CSV, where every cell is typed by the program that opens it.
     */
    public static String neutralised(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }
}
