package vn.lantoa.topic;

/** One of the sector's shared themes (chính sách, GDMN, an toàn trường học...), kept by the unit {@code unitId}. */
public record Topic(long id, long unitId, String code, String name, int position, boolean active) {
}
