package vn.lantoa.training;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** A training a unit is invited to, as its list and home card show it, with how many people it registered. */
@Introspected
public record InvitationRow(long id, String organiserName, String title, LocalDate startsOn, LocalDate endsOn, LocalDate registrationDeadline,
                            long registered) {
}
