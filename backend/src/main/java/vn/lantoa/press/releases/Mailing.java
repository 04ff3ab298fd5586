package vn.lantoa.press.releases;

import java.time.Instant;

/** A press release as mailed: its subject and bodies fixed when queued, the lists' names as they were then. */
record Mailing(long id, long unitId, long articleId, String subject, String bodyText, String bodyHtml, String listNames, Instant sendAt,
               boolean embargoed, Instant createdAt, long createdBy) {
}
