package vn.lantoa.newsroom;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A holding statement on an incident, published at once on the unit's site as a press release. Under Nghị định 09/2017
 * the spokesperson speaks for the unit to the press: publishing this statement is the spokesperson's own act (or the
 * head's), not an editor's draft waiting for approval, so it skips the review step the newsroom asks of other articles.
 */
@Singleton
public class SpokespersonStatements {

    private final ArticleService articles;
    private final ArticleRepository repository;
    private final ArticleEvents events;
    private final PublicChanges publicChanges;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    SpokespersonStatements(ArticleService articles, ArticleRepository repository, ArticleEvents events, PublicChanges publicChanges, AuditLog audit,
                           Access access, Clock clock) {
        this.articles = articles;
        this.repository = repository;
        this.events = events;
        this.publicChanges = publicChanges;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The text is plain: each paragraph (a blank line apart) becomes one; nothing typed is taken as HTML. */
    @Transactional
    public Article publish(Actor actor, UnitRef unit, String title, String text) {
        if (!access.can(actor, unit, Permission.HANDLE_PRESS) && !access.can(actor, unit, Permission.APPROVE_CONTENT)) {
            throw new ForbiddenException("statement in unit " + unit.id());
        }
        String body = SafeHtml.sanitize(paragraphs(text));
        Article draft = articles.create(actor, unit, new ArticleDraft(ArticleKind.PRESS_RELEASE, title, null, null, body, null, null, null, false,
                List.of(), List.of(), null, "Thông cáo ban đầu về sự cố", null));
        Instant now = clock.instant();
        Article published = repository.update(draft.withStatus(ArticleStatus.PUBLISHED, null, now, null, actor.userId(), actor.userId()));
        audit.record(actor, unit.id(), "article.published", "article", published.id(), "Người phát ngôn công bố thông cáo: " + published.title(),
                Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
        publicChanges.changed(unit.id());
        events.published(published, now);
        return published;
    }

    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(para.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
