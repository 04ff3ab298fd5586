package vn.lantoa.notice;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Emergency notices: a Sở or Phòng sends one to units below (banner on their sites, top of their admins' home pages, a
 * mail to their admins and heads), they acknowledge it, the sender chases those who have not, and it ends when withdrawn
 * or at its expiry. Every change to what sites show records the target units' public changes in the same transaction.
 */
@Singleton
public class NoticeService {

    private final NoticeRepository notices;
    private final NoticeAudience audience;
    private final NoticeMails mails;
    private final MailOutbox outbox;
    private final PublicChanges publicChanges;
    private final Access access;
    private final AuditLog audit;
    private final Languages languages;
    private final Clock clock;
    private final Duration remindInterval;

    NoticeService(NoticeRepository notices, NoticeAudience audience, NoticeMails mails, MailOutbox outbox, PublicChanges publicChanges, Access access,
                  AuditLog audit, Languages languages, Clock clock, @Value("${lantoa.notices.remind-interval:10m}") Duration remindInterval) {
        this.notices = notices;
        this.audience = audience;
        this.mails = mails;
        this.outbox = outbox;
        this.publicChanges = publicChanges;
        this.access = access;
        this.audit = audit;
        this.languages = languages;
        this.clock = clock;
        this.remindInterval = remindInterval;
    }

    /** A school has no units below: it receives notices, never sends them (403, as for a missing permission). */
    void requireSender(Actor actor, UnitRef unit) {
        access.require(actor, unit, Permission.SEND_NOTICES);
        if (unit.type() == UnitType.SCHOOL) {
            throw new ForbiddenException("a school sends no notices");
        }
    }

    /** The notice checked and who it would reach, without keeping anything: what the sender sees before sending. */
    public NoticeAudience.Preview preview(Actor actor, UnitRef unit, NoticeForm form) {
        requireSender(actor, unit);
        NoticeForm.Valid valid = form.validate(clock.instant());
        NoticeAudience.Preview preview = audience.preview(Targets.of(unit, valid.audience(), valid.unitIds()));
        if (preview.units() == 0) {
            throw UserInputException.of("audience", "notice.audience.nobody");
        }
        return preview;
    }

    /** How many units the notice would reach now, without the people and the sample: what sending checks against the preview. */
    public long reach(Actor actor, UnitRef unit, NoticeForm form) {
        requireSender(actor, unit);
        NoticeForm.Valid valid = form.validate(clock.instant());
        return audience.units(Targets.of(unit, valid.audience(), valid.unitIds()));
    }

    @Transactional
    public Notice send(Actor actor, UnitRef unit, NoticeForm form) {
        requireSender(actor, unit);
        Instant now = clock.instant();
        NoticeForm.Valid v = form.validate(now);
        Targets targets = Targets.of(unit, v.audience(), v.unitIds());
        String described = v.audience() == null ? languages.vietnamese().t("notice.audience.chosen", v.unitIds().size())
                : v.audience().describe(languages.vietnamese());
        Notice saved = notices.save(new Notice(null, unit.id(), v.kind(), v.severity(), v.title(), v.body(), described, Notice.ACTIVE, v.expiresAt(),
                0, 0, now, actor.userId(), null, null, null));
        int reached = audience.addTargets(saved.id(), targets);
        if (reached == 0) {
            // The transaction rolls back the notice row too: nothing is kept.
            throw UserInputException.of("audience", "notice.audience.nobody");
        }
        List<OutgoingMail> letters = audience.recipients(saved.id(), false).stream().map(r -> mails.notice(r, saved, unit.name(), false)).toList();
        outbox.inBatch(batch(saved.id()), () -> {
            outbox.enqueueAll(letters);
            return null;
        });
        notices.counted(unit.id(), saved.id(), reached, letters.size());
        publicChanges.changed(notices.targetIds(saved.id()));
        audit.record(actor, unit.id(), "notice.sent", "notice", saved.id(), "Gửi thông báo khẩn tới " + reached + " đơn vị: " + v.title(), null,
                Map.of("audience", described, "units", reached, "mailed", letters.size(), "expiresAt", v.expiresAt().toString()));
        return saved;
    }

    @Transactional
    public void acknowledge(Actor actor, UnitRef unit, long noticeId) {
        access.require(actor, unit, Permission.SEND_NOTICES);
        if (!notices.isTarget(noticeId, unit.id())) {
            throw new NotFoundException("notice " + noticeId);
        }
        // Acknowledging again changes nothing: the first acknowledgement, its time and its person, stays.
        if (notices.acknowledge(noticeId, unit.id(), clock.instant(), actor.userId()) > 0) {
            audit.record(actor, unit.id(), "notice.acknowledged", "notice", noticeId, "Xác nhận đã nhận thông báo khẩn", null, null);
        }
    }

    @Transactional
    public void withdraw(Actor actor, UnitRef unit, long noticeId) {
        requireSender(actor, unit);
        Notice notice = sent(unit, noticeId);
        if (notices.withdraw(unit.id(), noticeId, clock.instant(), actor.userId()) > 0) {
            publicChanges.changed(notices.targetIds(noticeId));
            audit.record(actor, unit.id(), "notice.withdrawn", "notice", noticeId, "Thu hồi thông báo khẩn: " + notice.title(), null, null);
        }
    }

    /**
     * Mails the admins and heads of the units that have not acknowledged; returns how many mails, or -1 when a reminder
     * already went out within the interval (a second click, or a colleague's) or the notice is no longer active.
     */
    @Transactional
    public int remind(Actor actor, UnitRef unit, long noticeId) {
        requireSender(actor, unit);
        Notice notice = sent(unit, noticeId);
        Instant now = clock.instant();
        if (notices.claimReminder(unit.id(), noticeId, now, now.minus(remindInterval)) == 0) {
            return -1;
        }
        List<OutgoingMail> letters = audience.recipients(noticeId, true).stream().map(r -> mails.notice(r, notice, unit.name(), true)).toList();
        outbox.inBatch(batch(noticeId), () -> {
            outbox.enqueueAll(letters);
            return null;
        });
        audit.record(actor, unit.id(), "notice.reminded", "notice", noticeId, "Nhắc " + letters.size() + " người chưa xác nhận: " + notice.title(),
                null, null);
        return letters.size();
    }

    /** Marks one notice past its expiry as expired and drops its targets' pages; false when another instance did it first. */
    @Transactional
    boolean expire(long noticeId) {
        if (notices.markExpired$WithoutTenancy(noticeId, clock.instant()) == 0) {
            return false;
        }
        publicChanges.changed(notices.targetIds(noticeId));
        return true;
    }

    Notice sent(UnitRef unit, long noticeId) {
        return notices.findByUnitIdAndId(unit.id(), noticeId).orElseThrow(() -> new NotFoundException("notice " + noticeId));
    }

    static String batch(long noticeId) {
        return "notice-" + noticeId;
    }
}
