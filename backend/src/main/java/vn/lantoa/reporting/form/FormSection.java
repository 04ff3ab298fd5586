package vn.lantoa.reporting.form;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A part of a form; a repeating section is a table the unit adds rows to ("vụ việc dư luận": issue, source, handling, result). */
@Serdeable
public record FormSection(String key, String title, boolean repeating, List<FormField> fields) {
}
