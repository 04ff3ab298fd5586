package vn.lantoa.reporting.form;

/** The kinds of answer a report form asks for. */
public enum FieldType {
    NUMBER, TEXT, LONG_TEXT, SINGLE_CHOICE, MULTI_CHOICE, DATE
}
