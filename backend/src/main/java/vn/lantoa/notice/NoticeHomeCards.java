package vn.lantoa.notice;

import jakarta.inject.Singleton;
import vn.lantoa.shell.HomeCard;
import vn.lantoa.shell.HomeCards;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.Permission;

import java.time.Clock;
import java.util.List;

/** Active notices the unit has not acknowledged: the first thing on its home page, with the "Đã nhận" button. */
@Singleton
class NoticeHomeCards implements HomeCards {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeHomeCards(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Shell s) {
        if (s.unit() == null) {
            return List.of();
        }
        List<ReceivedNotice> waiting = notices.findAwaitingAck(s.unit().id(), clock.instant());
        if (waiting.isEmpty()) {
            return List.of();
        }
        boolean canAck = s.can(Permission.SEND_NOTICES) && !s.readOnly();
        String base = s.unitBase() + "/notices";
        List<HomeCard.Line> lines = waiting.stream().map(n -> new HomeCard.Line(s.t(n.kind().labelKey()) + ": " + n.title(), base + "#notice-" + n.id(),
                s.t("notice.home.note", n.fromUnitName(), s.dateTime(n.expiresAt())), n.severity() == NoticeSeverity.URGENT,
                canAck ? base + "/" + n.id() + "/ack" : null, canAck ? s.t("notice.ack") : null)).toList();
        return List.of(new HomeCard("home-notices", 0, true, "urgent", s.t("notice.home.title"), s.t("notice.home.summary", waiting.size()), lines,
                base, s.t("notice.home.more")));
    }
}
