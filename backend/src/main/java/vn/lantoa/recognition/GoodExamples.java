package vn.lantoa.recognition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.sharing.SharingService;
import vn.lantoa.sharing.Story;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.util.List;

/**
 * Good examples ("gương người tốt, việc tốt"). A unit writes one: the honoured person or collective and the deed become a
 * draft article of its newsroom (photos and files chosen from its library) and a row here. Sending it up is a story of
 * sharing; the parent accepts it there (republished, crediting the writer) and may forward its copy up once more, the
 * writer's credit kept at every level (sharing credits a forwarded story to the unit its article credits).
 */
@Singleton
public class GoodExamples {

    static final String TAG = "Gương người tốt, việc tốt";

    private final GoodExampleRepository examples;
    private final GoodExampleHopRepository hops;
    private final ArticleService articles;
    private final SharingService sharing;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    GoodExamples(GoodExampleRepository examples, GoodExampleHopRepository hops, ArticleService articles, SharingService sharing, Access access, AuditLog audit, Clock clock) {
        this.examples = examples;
        this.hops = hops;
        this.articles = articles;
        this.sharing = sharing;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks what was typed; throws with every mistake named by its field. */
    ExampleInput.Draft check(ExampleInput input) {
        FieldErrors errors = new FieldErrors();
        ExampleInput.Draft draft = input.validate(errors, VietnamTime.today(clock));
        if (draft == null) {
            throw new UserInputException(errors);
        }
        return draft;
    }

    @Transactional
    public GoodExample create(Actor actor, UnitRef unit, ExampleInput.Draft d) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        String title = cut("Gương người tốt, việc tốt: " + d.honoree() + " (" + d.honoreeUnit() + ")", 300);
        Article article = articles.create(actor, unit, new ArticleDraft(ArticleKind.NEWS, title, null, cut(d.deed(), 500), body(d), null,
                d.coverFileId(), d.coverFileId() == null ? null : cut(d.honoree(), 200), false, List.of(TAG), d.attachmentIds(), null, null, null));
        GoodExample saved = examples.save(new GoodExample(null, unit.id(), article.id(), d.honoree(), d.collective(), d.honoreeUnit(), d.deed(),
                d.deedOn(), d.field(), clock.instant(), actor.userId()));
        audit.record(actor, unit.id(), "goodExample.created", "good_example", saved.id(), "Ghi gương người tốt, việc tốt: " + d.honoree(), null, null);
        return saved;
    }

    /**
     * Sends the example one level up: the writer sends its own article; a unit that accepted it from below forwards its
     * republished copy. Each unit sends an example once.
     */
    @Transactional
    public Story sendUp(Actor actor, UnitRef unit, long exampleId, String note) {
        GoodExample example = visible(actor, unit, exampleId);
        long articleId;
        if (example.unitId().equals(unit.id())) {
            access.require(actor, unit, Permission.WRITE_CONTENT);
            articleId = example.articleId();
        } else {
            access.require(actor, unit, Permission.APPROVE_CONTENT);
            List<Long> copy = examples.acceptedCopy(unit.id(), exampleId);
            if (copy.isEmpty() || copy.get(0) == null) {
                throw UserInputException.of("send", "examples.send.notAccepted");
            }
            articleId = copy.get(0);
        }
        if (examples.sentBy(unit.id(), exampleId)) {
            throw UserInputException.of("send", "examples.send.already");
        }
        Story story = sharing.sendStory(actor, unit, articleId, note);
        hops.save(new GoodExampleHop(null, unit.id(), story.toUnitId(), exampleId, story.id(), clock.instant(), actor.userId()));
        audit.record(actor, unit.id(), "goodExample.sent", "good_example", exampleId, "Gửi gương người tốt, việc tốt lên cấp trên: " + example.honoree(),
                null, null);
        return story;
    }

    /** The example, if the unit wrote it or received it; 404 otherwise. */
    GoodExample visible(Actor actor, UnitRef unit, long exampleId) {
        access.require(actor, unit, Permission.VIEW);
        return examples.visibleTo(unit.id(), exampleId).orElseThrow(() -> new NotFoundException("good example " + exampleId));
    }

    private static String body(ExampleInput.Draft d) {
        StringBuilder html = new StringBuilder("<p><strong>").append(escape(d.honoree())).append("</strong> – ").append(escape(d.honoreeUnit()))
                .append("</p>");
        for (String para : d.deed().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(para.strip()).replace("\n", "<br>")).append("</p>");
        }
        return SafeHtml.sanitize(html.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
