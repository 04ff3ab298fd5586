package vn.lantoa.press.releases;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleStatus;
import vn.lantoa.press.contacts.PressLists;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Queues a published press release for the contacts of chosen lists: one mailing, one delivery row per recipient, in
 * one transaction, so a mailing is either wholly queued or not at all. The ReleaseDeliveryJob sends it from sendAt on.
 */
@Singleton
public class ReleaseMailings {

    /** Why a mailing cannot be queued, each tied to the form field it concerns. */
    public enum Problem { NOT_A_PUBLISHED_RELEASE, NO_LIST, NO_RECIPIENTS, EMBARGO_PAST }

    public record Outcome(Long mailingId, int recipients, Problem problem) {
    }

    private final ArticleRepository articles;
    private final PressLists lists;
    private final MailingStore store;
    private final ReleaseMail mails;
    private final CommitteeReads committees;
    private final AuditLog audit;
    private final Clock clock;

    ReleaseMailings(ArticleRepository articles, PressLists lists, MailingStore store, ReleaseMail mails, CommitteeReads committees, AuditLog audit,
                    Clock clock) {
        this.articles = articles;
        this.lists = lists;
        this.store = store;
        this.mails = mails;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's published press releases, which are what it may mail. */
    Optional<Article> release(UnitRef unit, long articleId) {
        return articles.findByUnitIdAndId(unit.id(), articleId)
                .filter(a -> a.kind() == ArticleKind.PRESS_RELEASE && a.status() == ArticleStatus.PUBLISHED);
    }

    /** The id of a list the unit may mail to (its own or one shared down to it) with this name, if any. */
    public Optional<Long> listNamed(UnitRef unit, String name) {
        return lists.mailable(unit).stream().filter(l -> l.name().equals(name)).map(PressLists.Mailable::id).findFirst();
    }

    /** Checked by the caller: the actor may handle the unit's press work. embargo null means now. */
    @Transactional
    public Outcome queue(Actor actor, UnitRef unit, long articleId, List<Long> listIds, Instant embargo) {
        Instant now = clock.instant();
        Optional<Article> release = release(unit, articleId);
        if (release.isEmpty()) {
            return new Outcome(null, 0, Problem.NOT_A_PUBLISHED_RELEASE);
        }
        if (embargo != null && !embargo.isAfter(now)) {
            return new Outcome(null, 0, Problem.EMBARGO_PAST);
        }
        Map<Long, PressLists.Mailable> usable = new LinkedHashMap<>();
        lists.mailable(unit).stream().filter(l -> listIds.contains(l.id())).forEach(l -> usable.put(l.id(), l));
        if (usable.isEmpty()) {
            return new Outcome(null, 0, Problem.NO_LIST);
        }
        List<PressLists.Recipient> recipients = recipients(unit, usable.keySet());
        if (recipients.isEmpty()) {
            return new Outcome(null, 0, Problem.NO_RECIPIENTS);
        }
        Article a = release.get();
        ReleaseMail.Content content = mails.of(unit, a, committees.summaryOf(unit.id()).spokesperson());
        String names = usable.values().stream().map(PressLists.Mailable::name).collect(Collectors.joining(", "));
        Instant sendAt = embargo == null ? now : embargo;
        long id = store.insert(new Mailing(0, unit.id(), a.id(), MailingStore.truncate(content.subject(), 300), content.text(), content.html(),
                MailingStore.truncate(names, 2000), sendAt, embargo != null, now, actor.userId()));
        int queued = store.queue(unit.id(), id, recipients, sendAt);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("articleId", a.id());
        after.put("lists", names);
        after.put("recipients", queued);
        after.put("sendAt", sendAt.toString());
        audit.record(actor, unit.id(), "press.release.mail", "press_mailing", id, a.title(), null, after);
        return new Outcome(id, queued, null);
    }

    /** Sends the failed and unconfirmed recipients of a mailing again, now; returns how many. */
    @Transactional
    public int retry(Actor actor, UnitRef unit, long mailingId) {
        int n = store.retry(unit.id(), mailingId, clock.instant());
        if (n > 0) {
            audit.record(actor, unit.id(), "press.release.retry", "press_mailing", mailingId, "retry " + n, null, Map.of("recipients", n));
        }
        return n;
    }

    /**
     * The recipients of the chosen lists (each one the unit may use), each address once: a journalist on two lists, or
     * two contacts sharing an outlet's newsroom address, gets one mail.
     */
    private List<PressLists.Recipient> recipients(UnitRef unit, Collection<Long> listIds) {
        Map<String, PressLists.Recipient> byEmail = new LinkedHashMap<>();
        for (long listId : listIds) {
            for (PressLists.Recipient r : lists.recipients(unit, listId)) {
                String email = r.email().strip();
                byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), new PressLists.Recipient(r.contactId(), r.fullName(), email, r.outletName()));
            }
        }
        return new ArrayList<>(byEmail.values());
    }
}
