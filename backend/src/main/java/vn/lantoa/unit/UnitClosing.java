package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Closing a unit: from which day, the unit it merged into (none when it was dissolved), and whether its host name redirects there. */
public record UnitClosing(@Nullable LocalDate closedOn, @Nullable Long successorId, boolean hostRedirect) {
}
