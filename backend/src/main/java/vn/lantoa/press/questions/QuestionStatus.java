package vn.lantoa.press.questions;

/**
 * Where a journalist's question stands. RECEIVED, DRAFTED and APPROVED are open (the due date runs); SENT and DECLINED close
 * it, and the answer or the reason is kept as sent.
 */
public enum QuestionStatus {
    RECEIVED, DRAFTED, APPROVED, SENT, DECLINED;

    public boolean open() {
        return this != SENT && this != DECLINED;
    }

    public String labelKey() {
        return "press.q.status." + name();
    }

    static QuestionStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
