package vn.lantoa.site;

import vn.lantoa.committee.CommitteeMember;
import vn.lantoa.disclosure.DisclosureItem;
import vn.lantoa.disclosure.Requirement;
import vn.lantoa.files.StoredFile;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.platform.web.Option;
import vn.lantoa.unit.Unit;

import java.util.List;
import java.util.Map;

/** The typed pages of the public site, one record per template. */
public final class SitePages {

    private SitePages() {
    }

    /** An article as a list shows it: with its cover photo and category, when it has them. */
    public record Teaser(Article article, StoredFile cover, Category category) {
    }

    /** Something a unit above shared down to this site: shown here, linking to the original on the sender's site. */
    public record FromAbove(String title, String url, String kindKey, String unitName, java.time.Instant sharedAt) {
    }

    public record Pager(int page, int pageCount, String baseUrl) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pageCount;
        }

        public String url(int n) {
            return n <= 1 ? baseUrl : baseUrl + (baseUrl.contains("?") ? "&" : "?") + "trang=" + n;
        }
    }

    /** The home page; {@code slides} are the featured news with a cover, when the unit turned the slideshow on. */
    public record HomePage(SiteView site, List<Teaser> featured, List<Teaser> latest, List<FromAbove> fromAbove, List<OfficialDocument> documents,
                           List<Teaser> slides) {
    }

    public record ListPage(SiteView site, String heading, String description, List<Teaser> teasers, Pager pager, String feedUrl) {
    }

    public record ArticlePage(SiteView site, Article article, Category category, StoredFile cover, List<String> tags, List<StoredFile> attachments,
                              List<Teaser> related, Unit creditUnit, boolean preview) {
    }

    public record DocumentFilter(String type, String year, String issuer, String number, String q) {

        public String query() {
            return "?loai=" + enc(type) + "&nam=" + enc(year) + "&co-quan=" + enc(issuer) + "&so=" + enc(number) + "&q=" + enc(q);
        }

        private static String enc(String s) {
            return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record DocumentsPage(SiteView site, List<OfficialDocument> documents, long total, DocumentFilter filter, List<Option> types,
                                List<Option> years, List<Option> issuers, Pager pager) {
    }

    public record DocumentPage(SiteView site, OfficialDocument document, StoredFile file) {
    }

    public record ContactsPage(SiteView site, List<CommitteeMember> members) {
    }

    public record EnglishPage(SiteView site, CommitteeMember spokesperson) {
    }

    public record DirectoryPage(SiteView site, Map<String, List<Unit>> groups) {
    }

    public record DisclosureSection(Requirement.Section section, List<DisclosureRow> rows) {
    }

    public record DisclosureRow(Requirement requirement, DisclosureItem item, StoredFile file) {

        /** The row's place on the page, for links from search ("/cong-khai#fees"). */
        public String anchor() {
            return anchor(requirement);
        }

        static String anchor(Requirement requirement) {
            return requirement.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record DisclosurePage(SiteView site, List<DisclosureSection> sections, boolean archive, List<DisclosureRow> archived) {
    }

    /** A piece of a search snippet: matched words are marked. */
    public record Fragment(String text, boolean match) {
    }

    public record SearchHit(String title, String url, String kindKey, String date, List<Fragment> snippet) {
    }

    public record SearchPage(SiteView site, String q, List<SearchHit> hits) {
    }

    public record NotFoundPage(SiteView site) {
    }
}
