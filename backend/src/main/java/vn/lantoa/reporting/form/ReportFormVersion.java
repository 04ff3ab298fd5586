package vn.lantoa.reporting.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One version of a form's definition, as JSON; never changed once saved. */
@MappedEntity("report_form_version")
public record ReportFormVersion(@Id @GeneratedValue @Nullable Long id, Long unitId, Long formId, int number, String definition,
                                Instant createdAt, @Nullable Long createdBy) {
}
