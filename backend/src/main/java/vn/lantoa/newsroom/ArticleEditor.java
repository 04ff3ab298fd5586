package vn.lantoa.newsroom;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.topic.TopicLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the article editor page: the form, the choices it offers, and the workflow buttons the person may press. */
@Singleton
class ArticleEditor {

    private final ArticleService service;
    private final ArticleParts parts;
    private final CategoryRepository categories;
    private final StoredFileRepository files;
    private final ArticleRevisionRepository revisions;
    private final ShellFactory shells;
    private final Pages pages;
    private final TopicLinks topicLinks;

    ArticleEditor(ArticleService service, ArticleParts parts, CategoryRepository categories, StoredFileRepository files,
                  ArticleRevisionRepository revisions, ShellFactory shells, Pages pages, TopicLinks topicLinks) {
        this.service = service;
        this.parts = parts;
        this.categories = categories;
        this.files = files;
        this.revisions = revisions;
        this.shells = shells;
        this.pages = pages;
        this.topicLinks = topicLinks;
    }

    ArticleForm formOf(UnitRef unit, Article article) {
        return ArticleForm.from(article, parts.tagsOf(unit.id(), article.id()), parts.attachmentsOf(unit.id(), article.id()),
                topicLinks.on(TopicLinks.Carrier.ARTICLE, unit.id(), article.id()));
    }

    HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, Article article, ArticleForm form, FieldErrors errors, HttpStatus status) {
        return page(request, actor, unit, article, form, errors, status, status != HttpStatus.OK);
    }

    /** {@code unsaved}: the form shows what was typed but not stored, so leaving the page must warn. */
    HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, Article article, ArticleForm form, FieldErrors errors, HttpStatus status,
                         boolean unsaved) {
        Shell shell = shells.of(request, actor, unit, "articles");
        Set<Workflow.Action> actions = article == null ? Set.of() : service.allowedActions(actor, unit, article);
        List<NewsroomPages.MediaItem> images = new ArrayList<>();
        List<NewsroomPages.MediaItem> documents = new ArrayList<>();
        for (StoredFile f : files.findByUnit(unit.id(), 200, 0)) {
            NewsroomPages.MediaItem item = Media.item(f);
            (f.isImage() ? images : documents).add(item);
        }
        // A cover older than the newest files listed stays in the choice, or saving would drop it.
        chosenCover(unit, form).filter(c -> images.stream().noneMatch(i -> i.id() == c.id())).ifPresent(c -> images.add(0, Media.item(c)));
        List<Integer> revisionNumbers = article == null ? List.of()
                : revisions.history(unit.id(), article.id()).stream().map(ArticleRevision::number).toList();
        String publicUrl = article != null && article.status().isPublic() ? Media.articleUrl(unit, article) : null;
        return pages.render(status, "newsroom/edit", new NewsroomPages.EditPage(shell, article, form, errors, actions, kinds(shell.i18n()),
                categoryOptions(shell.i18n(), unit), images, documents, revisionNumbers, publicUrl, unsaved, topicChoices(unit, article, form)));
    }

    /** The ticks as posted; a form without them (after a cover upload) shows what the article carries. */
    private List<TopicLinks.Choice> topicChoices(UnitRef unit, Article article, ArticleForm form) {
        java.util.Set<Long> chosen = new java.util.HashSet<>();
        if (form.topicIds() != null) {
            TopicLinks.parse(form.topicIds(), "topicIds", new FieldErrors()).forEach(chosen::add);
        } else if (article != null) {
            chosen.addAll(topicLinks.on(TopicLinks.Carrier.ARTICLE, unit.id(), article.id()));
        }
        return topicLinks.choices(unit, chosen);
    }

    private java.util.Optional<StoredFile> chosenCover(UnitRef unit, ArticleForm form) {
        try {
            return form.coverFileId() == null || form.coverFileId().isBlank() ? java.util.Optional.empty()
                    : files.findByUnitIdAndId(unit.id(), Long.parseLong(form.coverFileId().strip())).filter(StoredFile::isImage);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private List<Option> kinds(Translator t) {
        List<Option> options = new ArrayList<>();
        for (ArticleKind kind : ArticleKind.values()) {
            options.add(new Option(kind.name(), t.t(kind.labelKey())));
        }
        return options;
    }

    private List<Option> categoryOptions(Translator t, UnitRef unit) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", t.t("article.noCategory")));
        categories.findByUnit(unit.id()).forEach(c -> options.add(new Option(String.valueOf(c.id()), c.name())));
        return options;
    }
}
