package vn.lantoa.press;

/**
 * A unit's press desk settings: days to answer a journalist by default, hours to the first public statement after an
 * incident's first alert, and how often the press digest is mailed (DAILY, WEEKLY or OFF). A unit that never saved its own
 * gets the platform's defaults ({@link PressDefaults}).
 */
public record PressSettings(long unitId, int questionDueDays, int statementHours, String digestFrequency, boolean own) {
}
