package vn.lantoa.newsroom;

/**
 * The editorial workflow: written as a draft, sent for review, approved by the committee head, then published
 * (at once or at a set time) and eventually archived. A returned article goes back to draft with the reason.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    public String labelKey() {
        return "articleStatus." + name();
    }

    /** Only published articles are shown to the public, in feeds, sitemaps and search. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
