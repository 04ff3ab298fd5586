package vn.lantoa.press.questions;

/**
 * How a question's due date was set, kept with it (press_question.due_rule) and shown next to the date: the unit's default,
 * counted in working days from the day the question was received ("UNIT_DEFAULT:5"), or a date set for this question
 * ("CUSTOM"). Working days skip weekends and the platform calendar's days off, as the listening desk's deadlines do.
 */
record DueRule(boolean custom, int days) {

    static final String CUSTOM = "CUSTOM";

    static DueRule ofDefault(int days) {
        return new DueRule(false, days);
    }

    static DueRule parse(String text) {
        if (text != null && text.startsWith("UNIT_DEFAULT:")) {
            try {
                return new DueRule(false, Integer.parseInt(text.substring("UNIT_DEFAULT:".length())));
            } catch (NumberFormatException e) {
                return new DueRule(true, 0);
            }
        }
        return new DueRule(true, 0);
    }

    String text() {
        return custom ? CUSTOM : "UNIT_DEFAULT:" + days;
    }

    /** The message key and argument that say the rule to a person. */
    String labelKey() {
        return custom ? "press.q.due.custom" : "press.q.due.default";
    }
}
