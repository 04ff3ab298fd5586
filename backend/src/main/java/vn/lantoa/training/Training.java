package vn.lantoa.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;

/** A training (tập huấn) a unit organises for units below it. */
@MappedEntity("training")
public record Training(@Id @GeneratedValue @Nullable Long id, Long unitId, String title, LocalDate startsOn, LocalDate endsOn, @Nullable String place,
                       @Nullable String onlineUrl, @Nullable String programme, String audience, int expectedPerUnit, LocalDate registrationDeadline,
                       Instant createdAt, @Nullable Long createdBy) {

    /** Registration is open until 23:59:59 of the deadline, Vietnam time. */
    public boolean registrationOpen(Instant now) {
        return now.isBefore(VietnamTime.startOf(registrationDeadline.plusDays(1)));
    }

    /** Attendance is recorded from the first day on. */
    public boolean started(Instant now) {
        return !now.isBefore(VietnamTime.startOf(startsOn));
    }
}
