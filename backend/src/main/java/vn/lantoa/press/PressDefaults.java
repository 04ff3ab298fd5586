package vn.lantoa.press;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.press.*: the defaults a unit's press desk starts with (see README, "Configuration"). */
@ConfigurationProperties("lantoa.press")
public class PressDefaults {

    private int questionDueDays = 5;
    private int statementHours = 24;

    /** Days a journalist's question is due after it was received, unless the unit or the question says otherwise. */
    public int getQuestionDueDays() {
        return questionDueDays;
    }

    public void setQuestionDueDays(int questionDueDays) {
        this.questionDueDays = Math.max(1, questionDueDays);
    }

    /**
     * Hours from an incident's first alert to the unit's first public statement. 24 by default: Nghị định 09/2017 asks the
     * spokesperson to inform the press of an unusual event no later than 24 hours after it happens.
     */
    public int getStatementHours() {
        return statementHours;
    }

    public void setStatementHours(int statementHours) {
        this.statementHours = Math.max(1, statementHours);
    }
}
