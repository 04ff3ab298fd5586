package vn.lantoa.reporting.dashboard;

/** A unit still missing its report well after the deadline, shown to the level above its recipient. */
public record MissingUnit(long unitId, String unitName, long parentId, String parentName) {
}
