package vn.lantoa.press;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.press.*: the defaults a unit's press desk starts with (see README, "Configuration"). */
@ConfigurationProperties("lantoa.press")
public class PressDefaults {

    private int questionDueDays = 5;
    private int statementHours = 24;

    /**
     * Working days a journalist's question is due after it was received, unless the unit or the question says otherwise.
     * Neither Luật Báo chí 2016 nor Nghị định 09/2017/NĐ-CP sets a number of days for an ordinary question: the law (Điều 38)
     * obliges the unit to provide information and to refuse only in writing with the reason; the decree (Điều 11) has the
     * spokesperson answer the press when asked; the only fixed periods are 24 hours for an unusual event and 30 days for an
     * answer the editor-in-chief demands on a matter citizens raised (Luật Báo chí, Điều 39). Five working days (a week) keeps
     * a reply useful to a newsroom and well inside those 30 days; counted as the desk counts (weekends and days off skipped).
     */
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
