package vn.lantoa.reporting.form;

/**
 * What a number of a report counts, which decides how it rolls up when a unit and the units below it send the same
 * report. OWN: the sending unit's own activity ("Số liệu của riêng đơn vị": the Phòng's own articles), added to every
 * other report's. CONSOLIDATED: the units below taken together ("Số liệu tổng hợp các đơn vị trực thuộc": the Phòng's
 * total of its schools), so only the lowest level's reports are added, as DHIS2 aggregates at the lowest level; the
 * consolidating unit's own figure is kept and shown next to its sources' total, never added on top of them.
 */
public enum FieldScope {
    OWN, CONSOLIDATED
}
