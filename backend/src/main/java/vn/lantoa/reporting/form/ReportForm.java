package vn.lantoa.reporting.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A report form of a unit; its questions are in {@link ReportFormVersion}s, the newest being current. */
@MappedEntity("report_form")
public record ReportForm(@Id @GeneratedValue @Nullable Long id, Long unitId, String title, int currentVersion, Instant createdAt,
                         Instant updatedAt, @Nullable Long createdBy, @Nullable Long updatedBy, @Version @Nullable Long version) {
}
