package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A link in the "Liên kết" box of a unit's home page: the ministry, the province portal, an exam page... */
@MappedEntity("quick_link")
public record QuickLink(@Id @GeneratedValue @Nullable Long id, Long unitId, String label, String url, long sortOrder) {
}
