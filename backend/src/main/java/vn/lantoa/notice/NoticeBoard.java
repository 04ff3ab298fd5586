package vn.lantoa.notice;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** The notices a unit's public site shows now: active, not yet expired, most severe first. Read by the site's frame. */
@Singleton
public class NoticeBoard {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeBoard(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Connectable
    public List<PublicNotice> shownOn(long unitId) {
        return notices.findShownAt$WithoutTenancy(unitId, clock.instant());
    }
}
