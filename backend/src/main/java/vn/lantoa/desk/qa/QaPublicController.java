package vn.lantoa.desk.qa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.desk.settings.DeskTopics;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.site.SiteView;
import vn.lantoa.site.SiteViews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Hỏi đáp" on a unit's public site: its published Q&A, newest first, by topic, searchable without tone marks; one page
 * for each. Cached and indexed like the site's other pages.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class QaPublicController {

    static final String PATH = "/hoi-dap";
    static final int PER_PAGE = 20;
    private static final int CANDIDATES = 500;

    private final SiteViews sites;
    private final QaReads reads;
    private final DeskTopics topics;

    QaPublicController(SiteViews sites, QaReads reads, DeskTopics topics) {
        this.sites = sites;
        this.reads = reads;
        this.topics = topics;
    }

    @Get(SiteViews.SITE + PATH)
    HttpResponse<?> list(HttpRequest<?> request, String site, @Nullable @QueryValue String topic, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String page) {
        SiteView s = sites.view(request, site, PATH).orElseThrow(() -> new NotFoundException("site " + site));
        long unitId = s.frame().unit().id();
        Map<String, String> labels = labels(s);
        List<String> withQa = reads.publishedTopics(unitId);
        String chosen = topic != null && withQa.contains(topic) ? topic : "";
        String typed = q == null ? "" : q.strip();
        typed = typed.length() > 200 ? typed.substring(0, 200) : typed;
        int number = 1;
        try {
            number = page == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            number = 1;
        }
        List<Qa> found = reads.find(unitId, chosen.isEmpty() ? null : chosen, typed, CANDIDATES);
        int from = Math.min(found.size(), (number - 1) * PER_PAGE);
        List<Qa> shown = found.subList(from, Math.min(found.size(), from + PER_PAGE));
        List<Option> options = labels.entrySet().stream().filter(e -> withQa.contains(e.getKey())).map(e -> new Option(e.getKey(), e.getValue())).toList();
        return sites.published(request, s, "desk/qa-public-list", new QaPages.PublicList(s, shown, labels, options, chosen, typed, number,
                found.size() > from + PER_PAGE));
    }

    @Get(SiteViews.SITE + PATH + "/{qaId}")
    HttpResponse<?> show(HttpRequest<?> request, String site, String qaId) {
        SiteView s = sites.view(request, site, PATH + "/" + qaId).orElseThrow(() -> new NotFoundException("site " + site));
        Long id = parse(qaId);
        return (id == null ? java.util.Optional.<Qa>empty() : reads.published(s.frame().unit().id(), id))
                .<HttpResponse<?>>map(qa -> sites.published(request, s, "desk/qa-public", new QaPages.PublicPage(s, qa, labels(s).get(qa.topic().name()))))
                .orElseGet(() -> sites.notFound(request, s));
    }

    private Map<String, String> labels(SiteView s) {
        Map<String, String> labels = new LinkedHashMap<>();
        topics.effective(s.frame().unit().id()).forEach(e -> labels.put(e.topic().name(), e.label(s::t)));
        return labels;
    }

    private static Long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
