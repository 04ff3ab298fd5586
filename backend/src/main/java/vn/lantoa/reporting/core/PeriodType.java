package vn.lantoa.reporting.core;

/**
 * How an obligation's periods are cut. A school year (năm học) runs from 1 September to 31 August; a
 * semester (học kỳ) is half of a school year, 1 September to 15 January and 16 January to 31 May; a listed period
 * is one of an explicit list (the sessions of an exam); an event period is opened by each event ("as it happens").
 */
public enum PeriodType {
    MONTHLY, QUARTERLY, HALF_YEAR, SCHOOL_YEAR, SEMESTER, YEARLY, LISTED, EVENT
}
