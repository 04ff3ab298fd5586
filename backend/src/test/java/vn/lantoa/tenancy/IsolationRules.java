package vn.lantoa.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

import static vn.lantoa.tenancy.IsolationRules.Kind.MEMBERS_READ;
import static vn.lantoa.tenancy.IsolationRules.Kind.NO_UNIT;
import static vn.lantoa.tenancy.IsolationRules.Kind.OVERSIGHT_READ;
import static vn.lantoa.tenancy.IsolationRules.Kind.PLATFORM;
import static vn.lantoa.tenancy.IsolationRules.Kind.PUBLIC;
import static vn.lantoa.tenancy.IsolationRules.Kind.STRUCTURE;
import static vn.lantoa.tenancy.IsolationRules.Kind.WRITE;
import static vn.lantoa.tenancy.IsolationRules.Owner.DISTRICT;
import static vn.lantoa.tenancy.IsolationRules.Owner.SCHOOL;

/**
 * One rule per route of the router (TenantIsolationTest checks there is one for each): whose data the route touches and
 * what kind of access it is. Variables in the address are filled from the test's fixture by name ({unitId}, {fileId},
 * {reportId}...; an alias picks another fixture value for the same variable). To add a route: copy the line of a route
 * like it, say its owner and kind, and give the body a form needs to get past binding to the access check.
 */
final class IsolationRules {

    /** What a route is, which decides what each kind of person gets from it on another unit. */
    enum Kind {
        /** Reads what a unit sent or published, its lists and dashboards: its members and, read-only, oversight from above. */
        OVERSIGHT_READ,
        /** Reads a unit's own unpublished work (drafts, media, inbox): its members only, 403 from above. */
        MEMBERS_READ,
        /** Changes a unit's own work (or opens the form that does): its members with the role only. */
        WRITE,
        /** Changes a unit's structure or people, or reads its audit log: its admins and the admins above it. */
        STRUCTURE,
        /** A page of a unit's public site: published things only, and only that site's. */
        PUBLIC,
        /** Platform-wide administration: platform admins only. */
        PLATFORM,
        /** Holds no unit and no unit's resource. */
        NO_UNIT
    }

    /** Whose data: school A (sibling B, district D above), or district D as a recipient (sibling D2, province P above). */
    enum Owner { SCHOOL, DISTRICT }

    record Rule(String method, String path, Kind kind, Owner owner, String query, Map<String, String> body, Map<String, String> aliases,
                boolean crossIds, boolean upload, boolean download, String reason) {

        /** A query string, with {variables}. */
        Rule query(String q) {
            return new Rule(method, path, kind, owner, q, body, aliases, crossIds, upload, download, reason);
        }

        /** Form or JSON fields, name then value ({variables} allowed in values). */
        Rule body(String... fields) {
            Map<String, String> b = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i += 2) {
                b.put(fields[i], fields[i + 1]);
            }
            return new Rule(method, path, kind, owner, query, b, aliases, crossIds, upload, download, reason);
        }

        /** Fill {variable} from another fixture value. */
        Rule alias(String variable, String fixtureName) {
            Map<String, String> a = new LinkedHashMap<>(aliases);
            a.put(variable, fixtureName);
            return new Rule(method, path, kind, owner, query, body, a, crossIds, upload, download, reason);
        }

        /** The ids in the address are not the owner's alone (a sibling has its own report for the same obligation and period). */
        Rule sharedIds() {
            return new Rule(method, path, kind, owner, query, body, aliases, false, upload, download, reason);
        }

        /** Sends a file (multipart). */
        Rule sendsFile() {
            return new Rule(method, path, kind, owner, query, body, aliases, crossIds, true, download, reason);
        }

        /** Answers a file or a feed rather than a page: asked for with Accept: any. */
        Rule answersFile() {
            return new Rule(method, path, kind, owner, query, body, aliases, crossIds, upload, true, reason);
        }
    }

    private IsolationRules() {
    }

    static Rule rule(String route, Kind kind, Owner owner) {
        String method = route.substring(0, route.indexOf(' '));
        return new Rule(method, route.substring(route.indexOf(' ') + 1), kind, owner, null, Map.of(), Map.of(), true, false, false, null);
    }

    static Rule none(String route, String reason) {
        return new Rule(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1), NO_UNIT, null, null, Map.of(), Map.of(),
                false, false, false, reason);
    }

    static Rule publicPage(String route) {
        return rule(route, PUBLIC, null);
    }

    static Rule platform(String route) {
        return rule(route, PLATFORM, null);
    }

    /** Every route, keyed "METHOD /template" as the router names it. */
    static Map<String, Rule> all() {
        Map<String, Rule> r = new LinkedHashMap<>();
        for (Rule rule : rules()) {
            if (r.put(rule.method() + " " + rule.path(), rule) != null) {
                throw new IllegalStateException("Two rules for " + rule.method() + " " + rule.path());
            }
        }
        return r;
    }

    private static Rule[] rules() {
        return new Rule[] {
                // A unit's workspace, profile and people.
                rule("GET /admin/u/{unitId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/switch", OVERSIGHT_READ, SCHOOL).query("unit={unitId}"),
                rule("GET /admin/u/{unitId}/profile", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/profile/edit", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/profile", STRUCTURE, SCHOOL).body("name", "Trường Bị Đổi Tên", "type", "SCHOOL", "schoolLevel", "THCS"),
                rule("GET /admin/u/{unitId}/profile/move", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/profile/move", STRUCTURE, SCHOOL).body("parentId", "{otherParentId}", "reason", "Chuyển đi"),
                rule("GET /admin/u/{unitId}/profile/close", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/profile/close", STRUCTURE, SCHOOL).body("closedOn", "2026-09-30", "successorId", "{otherParentId}"),
                rule("GET /admin/u/{unitId}/people", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/people/{userId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/people/invite", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/people/invite", STRUCTURE, SCHOOL).body("email", "xam-nhap@example.edu.vn", "fullName", "Xâm Nhập",
                        "role", "UNIT_ADMIN"),
                rule("POST /admin/u/{unitId}/people/{userId}/roles", STRUCTURE, SCHOOL).body("role", "UNIT_ADMIN"),
                rule("POST /admin/u/{unitId}/people/{userId}/roles/{membershipId}/remove", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/people/{userId}/resend", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/people/{userId}/unlock", STRUCTURE, SCHOOL),
                // A unit's API keys: its own admins only, even to list them (a key acts inside the unit as they could).
                rule("GET /admin/u/{unitId}/api-keys", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/api-keys", WRITE, SCHOOL).body("name", "Khoá lạ", "role", "EDITOR", "access", "READ_WRITE",
                        "expiresOn", "2026-12-31"),
                rule("POST /admin/u/{unitId}/api-keys/{keyId}/revoke", WRITE, SCHOOL),
                // A unit's webhooks: its own admins only, as its keys (a webhook tells what the unit and the units below may read).
                rule("GET /admin/u/{unitId}/webhooks", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks", WRITE, SCHOOL).body("url", "http://127.0.0.1:9/la", "description", "Webhook lạ",
                        "events", "report.submitted"),
                rule("GET /admin/u/{unitId}/webhooks/{webhookId}", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}", WRITE, SCHOOL).body("url", "http://127.0.0.1:9/doi", "description", "Đổi",
                        "events", "article.published", "version", "1"),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}/pause", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}/resume", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}/delete", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}/ping", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/audit", STRUCTURE, SCHOOL),
                rule("GET /admin/u/{unitId}/units", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/units/new", STRUCTURE, DISTRICT),
                rule("POST /admin/u/{unitId}/units", STRUCTURE, DISTRICT).body("name", "Trường Chen Ngang", "type", "SCHOOL", "schoolLevel", "TH"),
                rule("GET /admin/u/{unitId}/import", STRUCTURE, DISTRICT),
                rule("GET /admin/u/{unitId}/import/template.csv", STRUCTURE, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/import/template.xlsx", STRUCTURE, DISTRICT).answersFile(),
                rule("POST /admin/u/{unitId}/import", STRUCTURE, DISTRICT).sendsFile(),
                rule("GET /admin/u/{unitId}/import/{jobId}", STRUCTURE, DISTRICT),
                rule("GET /admin/u/{unitId}/import/{jobId}/progress", STRUCTURE, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/import/{jobId}/invitations", STRUCTURE, DISTRICT).answersFile(),
                rule("POST /admin/u/{unitId}/import/{jobId}/confirm", STRUCTURE, DISTRICT),
                rule("POST /admin/u/{unitId}/import/{jobId}/cancel", STRUCTURE, DISTRICT),

                // Ban truyền thông.
                rule("GET /admin/u/{unitId}/committee", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/committee/settings", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/committee/settings", WRITE, SCHOOL).body("decisionNumber", "99/QĐ-GIA", "hotlinePhone", "0243 999 9999"),
                rule("GET /admin/u/{unitId}/committee/members/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/committee/members", WRITE, SCHOOL).body("fullName", "Người lạ", "committeeRole", "MEMBER"),
                rule("GET /admin/u/{unitId}/committee/members/{memberId}", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/committee/members/{memberId}", WRITE, SCHOOL).body("fullName", "Đổi tên", "committeeRole", "MEMBER"),
                rule("POST /admin/u/{unitId}/committee/members/{memberId}/delete", WRITE, SCHOOL),

                // Files and media.
                rule("GET /admin/u/{unitId}/files", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/files/{fileId}/download", MEMBERS_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/files/{fileId}/view", MEMBERS_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/files/{fileId}/link", MEMBERS_READ, SCHOOL).answersFile(),
                rule("POST /admin/u/{unitId}/files", WRITE, SCHOOL).sendsFile(),
                rule("POST /admin/u/{unitId}/files/{fileId}/delete", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/media", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/media/upload", WRITE, SCHOOL).sendsFile().answersFile(),

                // Newsroom: articles, revisions, documents, site settings.
                rule("GET /admin/u/{unitId}/articles", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/articles/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/articles", WRITE, SCHOOL).body("kind", "NEWS", "title", "Bài lạ", "bodyHtml", "<p>x</p>"),
                rule("GET /admin/u/{unitId}/articles/{articleId}", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/articles/{articleId}", WRITE, SCHOOL).query("action=save")
                        .body("kind", "NEWS", "title", "Đổi tiêu đề", "bodyHtml", "<p>y</p>"),
                rule("POST /admin/u/{unitId}/articles/{articleId}/return", WRITE, SCHOOL).body("reason", "Viết lại"),
                rule("POST /admin/u/{unitId}/articles/{articleId}/{step}", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/articles/{articleId}/preview", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/articles/cover", WRITE, SCHOOL).sendsFile(),
                rule("GET /admin/u/{unitId}/articles/{articleId}/revisions", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/articles/{articleId}/revisions/{number}", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/articles/{articleId}/revisions/{number}/restore", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/documents", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/documents/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/documents", WRITE, SCHOOL).body("number", "1/GM", "docDate", "01/01/2026", "issuer", "X",
                        "docType", "GIAY_MOI", "summary", "x"),
                rule("GET /admin/u/{unitId}/documents/{documentId}", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/documents/{documentId}", WRITE, SCHOOL).body("number", "2/GM", "docDate", "01/01/2026", "issuer", "X",
                        "docType", "GIAY_MOI", "summary", "y"),
                rule("POST /admin/u/{unitId}/documents/{documentId}/{step}", WRITE, SCHOOL).alias("step", "documentStep"),
                // The listening desk: the unit's desk roles only, for reading too (the citizens' personal data).
                rule("GET /admin/u/{unitId}/desk", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/contact", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/contact", WRITE, SCHOOL).body("at", "01/12/2026 09:00", "channel", "PHONE", "topic", "KHAC",
                        "summary", "Cuộc gọi lạ"),
                rule("GET /admin/u/{unitId}/desk/cases/{caseId}", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/acknowledge", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/assign", WRITE, SCHOOL).body("assigneeId", "{userId}"),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/note", WRITE, SCHOOL).body("note", "Ghi chú lạ"),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/answer", WRITE, SCHOOL).body("answer", "Trả lời lạ"),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/close", WRITE, SCHOOL).body("result", "Đóng lạ"),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/spam", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/topics", WRITE, SCHOOL).body("topicIds", "{topicId}"),
                // topics: the shared topic list, its keeping (by the ministry's or a Sở's admins), coverage per theme.
                rule("GET /admin/u/{unitId}/topics", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/topics", STRUCTURE, SCHOOL).body("code", "LA", "name", "Chủ đề lạ"),
                rule("POST /admin/u/{unitId}/topics/standard", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/topics/{topicId}", STRUCTURE, SCHOOL).body("name-{topicId}", "Đổi tên lạ"),
                rule("POST /admin/u/{unitId}/topics/{topicId}/up", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/topics/{topicId}/down", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/topics/{topicId}/retire", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/topics/{topicId}/restore", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/topics/{topicId}/delete", STRUCTURE, SCHOOL),
                rule("GET /admin/u/{unitId}/topics/coverage", OVERSIGHT_READ, SCHOOL).query("period=2025-Q2&measure=CASES"),
                rule("GET /admin/u/{unitId}/topics/coverage/export.xlsx", OVERSIGHT_READ, SCHOOL).query("period=2025").answersFile(),
                // desk-public: the unit's topics and deadlines, its public Q&A and their drafts (the unit's admin or head only).
                rule("GET /admin/u/{unitId}/desk/settings", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/settings", WRITE, SCHOOL).body("ack-KHAC", "3", "answer-KHAC", "9"),
                rule("POST /admin/u/{unitId}/desk/settings/reset", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/qa", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/cases/{caseId}/qa", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/qa", WRITE, SCHOOL).body("topic", "KHAC", "question", "Hỏi lạ", "answer", "Đáp lạ"),
                rule("GET /admin/u/{unitId}/desk/qa/{qaId}", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/qa/{qaId}", WRITE, SCHOOL).body("topic", "KHAC", "question", "Hỏi bị đổi", "answer", "Đáp bị đổi"),
                rule("POST /admin/u/{unitId}/desk/qa/{qaId}/publish", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/qa/{qaId}/unpublish", WRITE, SCHOOL),
                // desk-register: the public-opinion register; everyone of the unit and the units above read it, the desk roles write it.
                rule("GET /admin/u/{unitId}/desk/register", OVERSIGHT_READ, SCHOOL).query("q=hoc+phi&month=2025-06&status=WATCHING"),
                rule("GET /admin/u/{unitId}/desk/register/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/register", WRITE, SCHOOL).body("title", "Vụ việc lạ", "source", "PRESS", "firstSeenOn", "01/06/2025",
                        "severity", "LOW", "status", "WATCHING"),
                rule("GET /admin/u/{unitId}/desk/register/{issueId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/register/{issueId}/edit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/register/{issueId}", WRITE, SCHOOL).body("title", "Đổi tên lạ", "source", "PRESS",
                        "firstSeenOn", "01/06/2025", "severity", "LOW", "status", "WATCHING", "version", "0"),
                // press-questions: journalists' questions; reading needs the press desk too (HANDLE_PRESS), so every route is WRITE:
                // the unit's viewers and the units above get 403, siblings 404.
                rule("GET /admin/u/{unitId}/press/questions", WRITE, SCHOOL).query("status=OPEN&overdue=1"),
                rule("GET /admin/u/{unitId}/press/questions/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/questions", WRITE, SCHOOL).body("receivedOn", "01/06/2025", "channel", "EMAIL",
                        "outletName", "Báo Lạ", "journalistName", "Phóng viên Lạ", "question", "Câu hỏi lạ"),
                rule("GET /admin/u/{unitId}/press/questions/{questionId}", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/press/questions/{questionId}/edit", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/press/questions/{questionId}/reply.pdf", WRITE, SCHOOL).answersFile(),
                rule("POST /admin/u/{unitId}/press/questions/{questionId}", WRITE, SCHOOL).body("receivedOn", "01/06/2025", "channel", "EMAIL",
                        "outletName", "Báo Lạ", "journalistName", "Phóng viên Lạ", "question", "Câu hỏi đổi lạ", "version", "0"),
                rule("POST /admin/u/{unitId}/press/questions/{questionId}/draft", WRITE, SCHOOL).body("draftText", "Dự thảo lạ"),
                rule("POST /admin/u/{unitId}/press/questions/{questionId}/approve", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/questions/{questionId}/send", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/questions/{questionId}/decline", WRITE, SCHOOL).body("reason", "Lý do lạ"),
                rule("GET /api/v1/units/{unitId}/press-questions", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-questions", WRITE, SCHOOL).body("receivedOn", "2025-06-01", "channel", "EMAIL",
                        "outletName", "Báo Lạ", "journalistName", "Phóng viên Lạ", "question", "Câu hỏi lạ"),
                rule("GET /api/v1/units/{unitId}/press-questions/{questionId}", WRITE, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/press-questions/{questionId}", WRITE, SCHOOL).body("receivedOn", "2025-06-01", "channel", "EMAIL",
                        "outletName", "Báo Lạ", "journalistName", "Phóng viên Lạ", "question", "Câu hỏi đổi lạ", "version", "0"),
                rule("POST /api/v1/units/{unitId}/press-questions/{questionId}/draft", WRITE, SCHOOL).body("draftText", "Dự thảo lạ"),
                rule("POST /api/v1/units/{unitId}/press-questions/{questionId}/approve", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-questions/{questionId}/send", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-questions/{questionId}/decline", WRITE, SCHOOL).body("reason", "Lý do lạ"),
                rule("GET /api/v1/units/{unitId}/public-opinion-issues", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/public-opinion-issues", WRITE, SCHOOL).body("title", "Vụ việc lạ", "source", "PRESS",
                        "firstSeenOn", "2025-06-01", "severity", "LOW", "status", "WATCHING"),
                rule("GET /api/v1/units/{unitId}/public-opinion-issues/{issueId}", OVERSIGHT_READ, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/public-opinion-issues/{issueId}", WRITE, SCHOOL).body("title", "Đổi tên lạ", "source", "PRESS",
                        "firstSeenOn", "2025-06-01", "severity", "LOW", "status", "WATCHING", "version", "0"),
                // press-monitoring: a unit's clippings are its members' (the units above get what is sent up, as their own); the desk
                // roles and the hotline officer write them.
                rule("GET /admin/u/{unitId}/press/clippings", MEMBERS_READ, SCHOOL).query("tone=NEGATIVE&topic=THI_CU&from=01/06/2025"),
                rule("GET /admin/u/{unitId}/press/clippings/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/clippings/read", WRITE, SCHOOL).body("url", "https://bao.example.invalid/bai-la"),
                rule("POST /admin/u/{unitId}/press/clippings", WRITE, SCHOOL).body("title", "Bài báo lạ", "outletName", "Báo lạ", "outletKind", "ONLINE",
                        "publishedOn", "01/06/2025", "tone", "NEUTRAL"),
                rule("GET /admin/u/{unitId}/press/clippings/{clippingId}", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/clippings/{clippingId}/edit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/clippings/{clippingId}", WRITE, SCHOOL).body("title", "Đổi tên lạ", "outletName", "Báo lạ",
                        "outletKind", "ONLINE", "publishedOn", "01/06/2025", "tone", "NEUTRAL", "version", "0"),
                rule("POST /admin/u/{unitId}/press/clippings/{clippingId}/delete", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/clippings/{clippingId}/forward", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/clippings/{clippingId}/register", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/press-clippings", MEMBERS_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-clippings", WRITE, SCHOOL).body("title", "Bài báo lạ", "outletName", "Báo lạ",
                        "outletKind", "ONLINE", "publishedOn", "2025-06-01", "tone", "NEUTRAL"),
                rule("GET /api/v1/units/{unitId}/press-clippings/{clippingId}", MEMBERS_READ, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/press-clippings/{clippingId}", WRITE, SCHOOL).body("title", "Đổi tên lạ", "outletName", "Báo lạ",
                        "outletKind", "ONLINE", "publishedOn", "2025-06-01", "tone", "NEUTRAL", "version", "0"),
                rule("DELETE /api/v1/units/{unitId}/press-clippings/{clippingId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-clippings/{clippingId}/forward", WRITE, SCHOOL),
                // press-overview: the desk's overview and its events are read by the unit and those above; settings and changes are the press desk's.
                rule("GET /admin/u/{unitId}/press", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/settings", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/settings", WRITE, SCHOOL).body("questionDueDays", "9", "statementHours", "9", "digestFrequency", "OFF",
                        "version", ""),
                rule("GET /admin/u/{unitId}/press/events", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/events/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/events", WRITE, SCHOOL).body("kind", "CONFERENCE", "title", "Họp báo lạ", "startsOn", "01/06/2026",
                        "startsAt", "08:00", "place", "Nơi lạ"),
                rule("GET /admin/u/{unitId}/press/events/{eventId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/events/{eventId}/event.ics", OVERSIGHT_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/press/events/{eventId}/edit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/events/{eventId}", WRITE, SCHOOL).body("kind", "CONFERENCE", "title", "Họp báo bị đổi",
                        "startsOn", "01/06/2026", "startsAt", "08:00", "place", "Nơi lạ", "version", "0"),
                // plan-write: everyone of the school and the units above read its plans and those it received; its plan writers write
                // a draft, its head returns, issues, publishes; the yearly report is sent by those who fill reports.
                rule("GET /admin/u/{unitId}/plans", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/plans", WRITE, SCHOOL).body("year", "2031", "parentPlanId", ""),
                rule("GET /admin/u/{unitId}/plans/{planId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/plans/received/{planId}", OVERSIGHT_READ, SCHOOL).alias("planId", "receivedPlanId").sharedIds(),
                rule("GET /admin/u/{unitId}/plans/{planId}.pdf", OVERSIGHT_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/plans/{planId}.xlsx", OVERSIGHT_READ, SCHOOL).answersFile(),
                rule("POST /admin/u/{unitId}/plans/{planId}", WRITE, SCHOOL).body("title", "Kế hoạch bị đổi", "purpose", "Lạ", "version", "0"),
                rule("POST /admin/u/{unitId}/plans/{planId}/submit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/plans/{planId}/return", WRITE, SCHOOL).body("note", "Trả lại lạ"),
                rule("POST /admin/u/{unitId}/plans/{planId}/issue", WRITE, SCHOOL).body("symbol", "9/KH-LA", "issuedOn", "01/03/2026"),
                rule("POST /admin/u/{unitId}/plans/{planId}/publish", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/plans/{planId}/report", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/plans/{planId}/groups", WRITE, SCHOOL).body("numeral", "X", "title", "Nhóm lạ"),
                rule("POST /admin/u/{unitId}/plans/{planId}/groups/{groupId}", WRITE, SCHOOL).alias("groupId", "planGroupId").body("numeral", "X",
                        "title", "Nhóm bị đổi"),
                rule("POST /admin/u/{unitId}/plans/{planId}/groups/{groupId}/move", WRITE, SCHOOL).alias("groupId", "planGroupId").body("direction", "up"),
                rule("POST /admin/u/{unitId}/plans/{planId}/groups/{groupId}/delete", WRITE, SCHOOL).alias("groupId", "planGroupId"),
                rule("GET /admin/u/{unitId}/plans/{planId}/items/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/plans/{planId}/items", WRITE, SCHOOL).body("groupId", "{planGroupId}", "topic", "Nội dung lạ",
                        "productForm", "NEWS", "leadText", "Lạ", "quarters", "1"),
                rule("GET /admin/u/{unitId}/plans/{planId}/items/{itemId}", WRITE, SCHOOL).alias("itemId", "planItemId"),
                rule("POST /admin/u/{unitId}/plans/{planId}/items/{itemId}", WRITE, SCHOOL).alias("itemId", "planItemId").body("groupId", "{planGroupId}",
                        "topic", "Nội dung bị đổi", "productForm", "NEWS", "leadText", "Lạ", "quarters", "1", "version", "0"),
                rule("POST /admin/u/{unitId}/plans/{planId}/items/{itemId}/delete", WRITE, SCHOOL).alias("itemId", "planItemId"),
                rule("GET /api/v1/units/{unitId}/plans", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/plans/{planId}", OVERSIGHT_READ, SCHOOL),
                // press-incidents: everyone of the school and the units above read its incidents and playbooks; its desk works them.
                rule("GET /admin/u/{unitId}/press/incidents", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/incidents/new", WRITE, SCHOOL).query("from=CASE&ref={caseId}"),
                rule("POST /admin/u/{unitId}/press/incidents", WRITE, SCHOOL).body("title", "Sự cố lạ", "type", "OTHER", "severity", "MINOR",
                        "firstAlertAt", "01/06/2025 08:00"),
                rule("GET /admin/u/{unitId}/press/incidents/{incidentId}", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/notes", WRITE, SCHOOL).body("note", "Ghi chú lạ"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/tasks", WRITE, SCHOOL).body("taskTitle", "Việc lạ"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/tasks/{taskId}/done", WRITE, SCHOOL).body("done", "true"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/links", WRITE, SCHOOL).body("item", "CASE:{caseId}"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/severity", WRITE, SCHOOL).body("severity", "CRITICAL"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/statement", WRITE, SCHOOL).body("statementTitle", "Thông cáo lạ",
                        "statementText", "Nội dung lạ"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/close", WRITE, SCHOOL).body("results", "Xong lạ", "lessons", "Bài học lạ"),
                rule("POST /admin/u/{unitId}/press/incidents/{incidentId}/reopen", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/press/playbooks", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/playbooks/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/playbooks", WRITE, SCHOOL).body("type", "EXAM_LEAK", "title", "Kịch bản lạ", "steps", "Việc | Ai | 1"),
                rule("GET /admin/u/{unitId}/press/playbooks/{playbookId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/press/playbooks/{playbookId}/edit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/playbooks/{playbookId}", WRITE, SCHOOL).body("type", "OTHER", "title", "Đổi lạ", "steps", "Việc | Ai | 1",
                        "version", "0"),
                rule("GET /api/v1/units/{unitId}/press-incidents", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-incidents", WRITE, SCHOOL).body("title", "Sự cố lạ", "type", "OTHER", "severity", "MINOR"),
                rule("GET /api/v1/units/{unitId}/press-incidents/{incidentId}", OVERSIGHT_READ, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/press-incidents/{incidentId}", WRITE, SCHOOL).body("title", "Đổi lạ", "type", "OTHER", "severity", "MINOR",
                        "version", "0"),
                rule("POST /api/v1/units/{unitId}/press-incidents/{incidentId}/notes", WRITE, SCHOOL).body("text", "Ghi chú lạ"),
                rule("POST /api/v1/units/{unitId}/press-incidents/{incidentId}/tasks", WRITE, SCHOOL).body("title", "Việc lạ"),
                rule("POST /api/v1/units/{unitId}/press-incidents/{incidentId}/tasks/{taskId}/done", WRITE, SCHOOL).body("done", "true"),
                rule("POST /api/v1/units/{unitId}/press-incidents/{incidentId}/close", WRITE, SCHOOL).body("results", "Xong lạ", "lessons", "Bài học lạ"),
                // desk-stats: counts only, read like the reporting dashboard; the queue's export carries personal data, desk roles only.
                rule("GET /admin/u/{unitId}/desk/stats", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/stats/export.xlsx", OVERSIGHT_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/desk/export.xlsx", WRITE, SCHOOL).answersFile(),
                rule("GET /api/v1/units/{unitId}/case-statistics", OVERSIGHT_READ, SCHOOL),
                // desk-handling
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/request-info", WRITE, SCHOOL).body("question", "Câu hỏi lạ"),
                rule("POST /admin/u/{unitId}/desk/bulk-assign", WRITE, SCHOOL).body("caseId", "{caseId}", "assigneeId", "{userId}"),
                publicPage("GET /{site}/theo-doi-phan-anh/{token}/bo-sung").alias("token", "followToken"),
                publicPage("POST /{site}/theo-doi-phan-anh/{token}/bo-sung").alias("token", "followToken").body("reply", "Bổ sung thử qua bộ kiểm tra"),
                // desk-tree: forwarding and the sender's trace are the desk roles'; the open cases below are read like a roll-up.
                rule("GET /admin/u/{unitId}/desk/forwarded", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/desk/cases/{caseId}/forward", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/desk/cases/{caseId}/forward", WRITE, SCHOOL).body("target", "{otherParentId}", "reason", "Chuyển lạ"),
                rule("GET /admin/u/{unitId}/desk/below", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/desk/below/{caseId}", OVERSIGHT_READ, DISTRICT),
                // press-board: the open incidents below, read by oversight; press-stats: counts only, read like the desk's statistics.
                rule("GET /admin/u/{unitId}/press/incidents/below", OVERSIGHT_READ, DISTRICT).query("severity=GRAVE&type=EXAM_LEAK"),
                rule("GET /admin/u/{unitId}/press/stats", OVERSIGHT_READ, SCHOOL).query("period=2026-Q1"),
                rule("GET /admin/u/{unitId}/press/stats/export.xlsx", OVERSIGHT_READ, SCHOOL).query("period=2026-Q1&table=questions").answersFile(),
                rule("GET /admin/u/{unitId}/press/stats/report.pdf", OVERSIGHT_READ, SCHOOL).query("quarter=2026-Q1").answersFile(),
                // desk-attach: a citizen's attachment, downloaded by the unit's desk roles only.
                rule("GET /admin/u/{unitId}/desk/cases/{caseId}/attachments/{attachmentId}", WRITE, SCHOOL).alias("caseId", "attachmentCaseId")
                        .answersFile(),
                // press-contacts: journalists' personal data; the unit's press desk alone reads and writes them (WRITE for reads too).
                rule("GET /admin/u/{unitId}/press/contacts", WRITE, SCHOOL).query("q=nguyen"),
                rule("GET /admin/u/{unitId}/press/contacts/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/contacts", WRITE, SCHOOL).body("fullName", "Phóng viên lạ", "email", "la@baola.example.vn"),
                rule("GET /admin/u/{unitId}/press/contacts/{contactId}/edit", WRITE, SCHOOL).alias("contactId", "pressContactId"),
                rule("POST /admin/u/{unitId}/press/contacts/{contactId}", WRITE, SCHOOL).alias("contactId", "pressContactId").body("fullName", "Đổi tên lạ", "version", "0"),
                rule("POST /admin/u/{unitId}/press/contacts/{contactId}/delete", WRITE, SCHOOL).alias("contactId", "pressContactId"),
                rule("GET /admin/u/{unitId}/press/contacts/outlets", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/press/contacts/outlets/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/contacts/outlets", WRITE, SCHOOL).body("name", "Báo Lạ", "kind", "NEWSPAPER", "scope", "LOCAL"),
                rule("GET /admin/u/{unitId}/press/contacts/outlets/{outletId}/edit", WRITE, SCHOOL).alias("outletId", "pressOutletId"),
                rule("POST /admin/u/{unitId}/press/contacts/outlets/{outletId}", WRITE, SCHOOL).alias("outletId", "pressOutletId").body("name", "Báo Đổi Tên", "kind", "NEWSPAPER",
                        "scope", "LOCAL", "version", "0"),
                rule("POST /admin/u/{unitId}/press/contacts/outlets/{outletId}/delete", WRITE, SCHOOL).alias("outletId", "pressOutletId"),
                rule("GET /admin/u/{unitId}/press/contacts/lists", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/press/contacts/lists/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/contacts/lists", WRITE, SCHOOL).body("name", "Danh sách lạ"),
                rule("GET /admin/u/{unitId}/press/contacts/lists/{listId}", WRITE, SCHOOL).alias("listId", "pressListId"),
                rule("GET /admin/u/{unitId}/press/contacts/lists/{listId}/edit", WRITE, SCHOOL).alias("listId", "pressListId"),
                rule("POST /admin/u/{unitId}/press/contacts/lists/{listId}", WRITE, SCHOOL).alias("listId", "pressListId").body("name", "Đổi tên lạ", "version", "0"),
                rule("POST /admin/u/{unitId}/press/contacts/lists/{listId}/delete", WRITE, SCHOOL).alias("listId", "pressListId"),
                rule("POST /admin/u/{unitId}/press/contacts/lists/{listId}/members", WRITE, SCHOOL).alias("listId", "pressListId").body("contactIds", "{pressContactId}"),
                rule("POST /admin/u/{unitId}/press/contacts/lists/{listId}/members/{contactId}/delete", WRITE, SCHOOL).alias("listId", "pressListId")
                        .alias("contactId", "pressContactId"),
                rule("GET /admin/u/{unitId}/press/contacts/template.xlsx", WRITE, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/press/contacts/import", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/contacts/import", WRITE, SCHOOL).sendsFile(),
                rule("GET /admin/u/{unitId}/press/contacts/import/{importId}", WRITE, SCHOOL).alias("importId", "pressImportId"),
                rule("POST /admin/u/{unitId}/press/contacts/import/{importId}/confirm", WRITE, SCHOOL).alias("importId", "pressImportId"),
                rule("GET /api/v1/units/{unitId}/press-contacts", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-contacts", WRITE, SCHOOL).body("fullName", "Phóng viên lạ"),
                rule("GET /api/v1/units/{unitId}/press-contacts/{contactId}", WRITE, SCHOOL).alias("contactId", "pressContactId"),
                rule("PUT /api/v1/units/{unitId}/press-contacts/{contactId}", WRITE, SCHOOL).alias("contactId", "pressContactId")
                        .body("fullName", "Đổi tên lạ", "version", "0"),
                rule("DELETE /api/v1/units/{unitId}/press-contacts/{contactId}", WRITE, SCHOOL).alias("contactId", "pressContactId"),
                rule("GET /api/v1/units/{unitId}/press-lists", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-lists", WRITE, SCHOOL).body("name", "Danh sách lạ"),
                rule("GET /api/v1/units/{unitId}/press-lists/{listId}", WRITE, SCHOOL).alias("listId", "pressListId"),
                rule("PUT /api/v1/units/{unitId}/press-lists/{listId}", WRITE, SCHOOL).alias("listId", "pressListId").body("name", "Đổi tên lạ",
                        "version", "0"),
                rule("DELETE /api/v1/units/{unitId}/press-lists/{listId}", WRITE, SCHOOL).alias("listId", "pressListId"),
                rule("GET /api/v1/units/{unitId}/press-outlets", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/press-outlets", WRITE, SCHOOL).body("name", "Báo Lạ", "kind", "NEWSPAPER", "scope", "LOCAL"),
                rule("GET /api/v1/units/{unitId}/press-outlets/{outletId}", WRITE, SCHOOL).alias("outletId", "pressOutletId"),
                rule("GET /admin/u/{unitId}/site", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/site/settings", WRITE, SCHOOL).body("tagline", "Bị đổi"),
                rule("POST /admin/u/{unitId}/site/categories", WRITE, SCHOOL).body("name", "Chuyên mục lạ"),
                rule("POST /admin/u/{unitId}/site/categories/{categoryId}/delete", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/site/links", WRITE, SCHOOL).body("label", "Lạ", "url", "https://la.example.vn"),
                rule("POST /admin/u/{unitId}/site/links/{linkId}/delete", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/site/identity", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/site/identity", WRITE, SCHOOL).sendsFile(),
                // The newsroom through the API: the level above reads what is published, never drafts, revisions or media.
                rule("GET /api/v1/units/{unitId}/articles", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles", WRITE, SCHOOL).body("kind", "NEWS", "title", "Bài lạ", "bodyHtml", "<p>x</p>"),
                rule("GET /api/v1/units/{unitId}/articles/{articleId}", OVERSIGHT_READ, SCHOOL).alias("articleId", "publishedArticleId"),
                rule("PUT /api/v1/units/{unitId}/articles/{articleId}", WRITE, SCHOOL).body("kind", "NEWS", "title", "Đổi tiêu đề", "bodyHtml", "<p>y</p>"),
                rule("DELETE /api/v1/units/{unitId}/articles/{articleId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/submit", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/approve", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/return", WRITE, SCHOOL).body("reason", "Viết lại"),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/publish", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/unschedule", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/archive", WRITE, SCHOOL).alias("articleId", "publishedArticleId"),
                rule("POST /api/v1/units/{unitId}/articles/{articleId}/republish", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/articles/{articleId}/revisions", MEMBERS_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/articles/{articleId}/revisions/{number}", MEMBERS_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/documents", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/documents", WRITE, SCHOOL).body("number", "1/GM", "docDate", "2026-01-01", "issuer", "X",
                        "docType", "GIAY_MOI", "summary", "x"),
                rule("GET /api/v1/units/{unitId}/documents/{documentId}", OVERSIGHT_READ, SCHOOL).alias("documentId", "publishedDocumentId"),
                rule("PUT /api/v1/units/{unitId}/documents/{documentId}", WRITE, SCHOOL).body("number", "2/GM", "docDate", "2026-01-01", "issuer", "X",
                        "docType", "GIAY_MOI", "summary", "y"),
                rule("DELETE /api/v1/units/{unitId}/documents/{documentId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/documents/{documentId}/submit", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/documents/{documentId}/publish", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/documents/{documentId}/withdraw", WRITE, SCHOOL).alias("documentId", "publishedDocumentId"),
                rule("GET /api/v1/units/{unitId}/categories", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/topics", OVERSIGHT_READ, SCHOOL).query("includeRetired=true"),
                rule("GET /api/v1/units/{unitId}/categories/{categoryId}", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/categories", WRITE, SCHOOL).body("name", "Chuyên mục lạ"),
                rule("PUT /api/v1/units/{unitId}/categories/{categoryId}", WRITE, SCHOOL).body("name", "Đổi chuyên mục"),
                rule("DELETE /api/v1/units/{unitId}/categories/{categoryId}", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/media", MEMBERS_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/media/{mediaId}", MEMBERS_READ, SCHOOL).alias("mediaId", "fileId"),
                rule("POST /api/v1/units/{unitId}/media", WRITE, SCHOOL).sendsFile(),
                rule("DELETE /api/v1/units/{unitId}/media/{mediaId}", WRITE, SCHOOL).alias("mediaId", "fileId"),

                // Công khai.
                rule("GET /admin/u/{unitId}/disclosure", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/disclosure/new", WRITE, SCHOOL).query("requirement=FEES"),
                rule("POST /admin/u/{unitId}/disclosure", WRITE, SCHOOL).body("requirement", "FEES", "period", "2026", "title", "Giả", "body", "x"),

                // Down and up the tree: shares from the district, stories from the school.
                rule("GET /admin/u/{unitId}/received", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/received/{shareId}/ack", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/shares", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/shares/{shareId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/shares/new", WRITE, DISTRICT).query("type=ARTICLE&id={publishedArticleId}"),
                rule("POST /admin/u/{unitId}/shares", WRITE, DISTRICT).body("itemType", "ARTICLE", "itemId", "{publishedArticleId}", "audience", "ALL"),
                // Emergency notices: the district's sent notice ({noticeId}), received by school A only.
                rule("GET /admin/u/{unitId}/notices", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/notices/{noticeId}/ack", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/notices/new", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/notices", WRITE, DISTRICT).body("kind", "STORM", "severity", "URGENT", "title", "Bão lạ",
                        "body", "Nghỉ học lạ", "expiresAt", "{noticeExpiresAt}", "audience", "ALL", "confirm", "yes", "seen", "2/ALL"),
                rule("GET /admin/u/{unitId}/notices/{noticeId}", OVERSIGHT_READ, DISTRICT),
                rule("POST /admin/u/{unitId}/notices/{noticeId}/withdraw", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/notices/{noticeId}/remind", WRITE, DISTRICT),
                // examples-training: the school's good examples (read from above, sent up by its editors) and the district's trainings
                // (its THCS school A invited and registering its people; B, a primary school, not invited).
                rule("GET /admin/u/{unitId}/good-examples", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/good-examples/export", OVERSIGHT_READ, SCHOOL).answersFile(),
                rule("GET /admin/u/{unitId}/good-examples/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/good-examples", WRITE, SCHOOL).body("honoree", "Người lạ", "kind", "PERSON", "honoreeUnit", "Lớp lạ",
                        "deed", "Việc lạ", "deedOn", "01/09/2026", "field", "OTHER"),
                rule("GET /admin/u/{unitId}/good-examples/{exampleId}", OVERSIGHT_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/good-examples/{exampleId}/send", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/trainings", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/trainings/new", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/trainings", WRITE, DISTRICT).body("title", "Tập huấn lạ", "startsOn", "20/10/2026", "place", "Nơi lạ",
                        "audience", "ALL", "expectedPerUnit", "1", "registrationDeadline", "15/10/2026"),
                rule("GET /admin/u/{unitId}/trainings/{trainingId}", OVERSIGHT_READ, DISTRICT),
                rule("POST /admin/u/{unitId}/trainings/{trainingId}/register", WRITE, SCHOOL).body("people", "Người lạ; Giáo viên"),
                rule("POST /admin/u/{unitId}/trainings/{trainingId}/attendance", WRITE, DISTRICT).body("present", "1"),
                rule("GET /admin/u/{unitId}/trainings/{trainingId}/export", OVERSIGHT_READ, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/trainings/{trainingId}/materials/{fileId}", OVERSIGHT_READ, DISTRICT).alias("fileId", "materialId")
                        .answersFile(),
                rule("GET /admin/u/{unitId}/stories", MEMBERS_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/stories/new", WRITE, SCHOOL).query("article={publishedArticleId}"),
                rule("POST /admin/u/{unitId}/stories", WRITE, SCHOOL).body("articleId", "{publishedArticleId}"),
                rule("GET /admin/u/{unitId}/stories/{storyId}", MEMBERS_READ, DISTRICT),
                rule("POST /admin/u/{unitId}/stories/{storyId}/accept", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/stories/{storyId}/decline", WRITE, DISTRICT).body("reason", "Chưa phù hợp"),

                // campaigns: the district launches one for its THCS schools (A, not B); A reads it as a target.
                rule("GET /admin/u/{unitId}/campaigns", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/campaigns/new", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/campaigns", WRITE, DISTRICT).sendsFile(),
                rule("GET /admin/u/{unitId}/campaigns/{campaignId}", OVERSIGHT_READ, DISTRICT).query("show=none&q=An"),
                rule("GET /admin/u/{unitId}/campaigns/{campaignId}/units.xlsx", OVERSIGHT_READ, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/campaigns/{campaignId}/edit", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/campaigns/{campaignId}", WRITE, DISTRICT).sendsFile(),
                rule("POST /admin/u/{unitId}/campaigns/{campaignId}/end", WRITE, DISTRICT),
                rule("GET /admin/u/{unitId}/campaigns/received/{campaignId}", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/campaigns/received/{campaignId}/materials/{fileId}", OVERSIGHT_READ, SCHOOL).alias("fileId", "campaignMaterialId")
                        .answersFile(),

                // Reporting, as the school that sends.
                rule("GET /admin/u/{unitId}/reports", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/reports/{obligationId}/{periodCode}", OVERSIGHT_READ, SCHOOL).sharedIds(),
                rule("POST /admin/u/{unitId}/reports/{obligationId}/{periodCode}", WRITE, SCHOOL).sharedIds().query("action=submit")
                        .body("tin_bai", "99", "y_kien_nhan", "1", "y_kien_xu_ly", "1"),
                rule("POST /admin/u/{unitId}/reports/{obligationId}/{periodCode}/autosave", WRITE, SCHOOL).sharedIds().body("tin_bai", "98"),
                rule("POST /admin/u/{unitId}/reports/{obligationId}/{periodCode}/attachments", WRITE, SCHOOL).sharedIds().sendsFile(),
                rule("GET /admin/u/{unitId}/reports/{obligationId}/{periodCode}/files/{fileId}", OVERSIGHT_READ, SCHOOL).alias("fileId", "reportFileId")
                        .answersFile(),
                rule("POST /admin/u/{unitId}/reports/{obligationId}/{periodCode}/files/{fileId}/delete", WRITE, SCHOOL).alias("fileId", "reportFileId"),
                rule("GET /admin/u/{unitId}/reports/{obligationId}/{periodCode}/pdf", OVERSIGHT_READ, SCHOOL).sharedIds().answersFile(),
                rule("GET /admin/u/{unitId}/reports/{obligationId}/{periodCode}/xlsx", OVERSIGHT_READ, SCHOOL).sharedIds().answersFile(),
                rule("POST /admin/u/{unitId}/reports/{obligationId}/events", WRITE, SCHOOL).sharedIds().alias("obligationId", "incidentObligationId")
                        .body("happenedAt", "2026-09-16T08:00"),
                rule("GET /api/v1/units/{unitId}/reports/{obligationId}/{periodCode}", OVERSIGHT_READ, SCHOOL).sharedIds(),
                rule("PUT /api/v1/units/{unitId}/reports/{obligationId}/{periodCode}", WRITE, SCHOOL).sharedIds(),
                rule("POST /api/v1/units/{unitId}/reports/{obligationId}/{periodCode}", WRITE, SCHOOL).sharedIds(),
                rule("GET /api/v1/units/{unitId}/owed-reports", OVERSIGHT_READ, SCHOOL),

                // Reporting, as the district that defines, receives, follows and rolls up.
                rule("GET /admin/u/{unitId}/report-forms", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/report-forms/new", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/report-forms", WRITE, DISTRICT).body("title", "Biểu mẫu lạ", "s0.title", "I"),
                rule("GET /admin/u/{unitId}/report-forms/{formId}", OVERSIGHT_READ, DISTRICT),
                rule("POST /admin/u/{unitId}/report-forms/{formId}", WRITE, DISTRICT).body("title", "Đổi biểu mẫu", "s0.title", "I"),
                rule("GET /admin/u/{unitId}/obligations", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/obligations/new", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/obligations", WRITE, DISTRICT).body("title", "Nghĩa vụ lạ", "formId", "{formId}", "audience", "ALL",
                        "recipient", "PARENT", "periodType", "MONTHLY", "dueKind", "DAY_OF_NEXT_MONTH", "dueDay", "20", "startsOn", "2026-01-01"),
                rule("POST /admin/u/{unitId}/obligations/{obligationId}/stop", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/obligations/{obligationId}/resume", WRITE, DISTRICT),
                rule("GET /admin/u/{unitId}/unit-groups", OVERSIGHT_READ, DISTRICT),
                rule("POST /admin/u/{unitId}/unit-groups", WRITE, DISTRICT).body("name", "Nhóm lạ", "members", "{schoolId}"),
                rule("GET /admin/u/{unitId}/deadlines", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}&period={periodCode}"),
                rule("GET /admin/u/{unitId}/deadlines/export.xlsx", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}&period={periodCode}")
                        .answersFile(),
                rule("POST /admin/u/{unitId}/deadlines/remind", WRITE, DISTRICT).body("obligation", "{obligationId}", "period", "{periodCode}"),
                rule("POST /admin/u/{unitId}/deadlines/exception", WRITE, DISTRICT).body("obligation", "{obligationId}", "period", "{periodCode}",
                        "unit", "{schoolId}", "until", "2026-12-31"),
                rule("GET /admin/u/{unitId}/received-reports/{reportId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/received-reports/of/{senderId}/{obligationId}/{periodCode}", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/report-forms", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/report-forms/{formId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/received-reports/{reportId}/files/{fileId}", OVERSIGHT_READ, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/received-reports/{reportId}/pdf", OVERSIGHT_READ, DISTRICT).answersFile(),
                rule("GET /admin/u/{unitId}/received-reports/{reportId}/xlsx", OVERSIGHT_READ, DISTRICT).answersFile(),
                rule("POST /admin/u/{unitId}/received-reports/{reportId}/accept", WRITE, DISTRICT),
                rule("POST /admin/u/{unitId}/received-reports/{reportId}/return", WRITE, DISTRICT).body("reason", "Số liệu chưa khớp"),
                rule("GET /admin/u/{unitId}/rollup", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}&period={periodCode}"),
                rule("GET /admin/u/{unitId}/rollup/export.xlsx", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}&period={periodCode}")
                        .answersFile(),
                rule("GET /admin/u/{unitId}/rollup/export.pdf", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}&period={periodCode}")
                        .answersFile(),
                rule("GET /admin/u/{unitId}/report-dashboard", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}"),
                rule("GET /admin/u/{unitId}/report-dashboard/export.xlsx", OVERSIGHT_READ, DISTRICT).query("obligation={obligationId}").answersFile(),
                rule("GET /admin/u/{unitId}/exam-board", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/incidents", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/obligations", OVERSIGHT_READ, DISTRICT).query("direction=received"),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}/periods", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}/periods/{periodCode}/received", OVERSIGHT_READ, DISTRICT)
                        .query("include=answers"),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}/periods/{periodCode}/rollup", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}/dashboard", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/obligations/{obligationId}/exam-board", OVERSIGHT_READ, DISTRICT)
                        .alias("obligationId", "examObligationId"),
                rule("GET /api/v1/units/{unitId}/incidents", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/received-reports/{reportId}", OVERSIGHT_READ, DISTRICT),
                rule("POST /api/v1/units/{unitId}/received-reports/{reportId}/accept", WRITE, DISTRICT),
                rule("POST /api/v1/units/{unitId}/received-reports/{reportId}/return", WRITE, DISTRICT).body("reason", "Số liệu chưa khớp"),

                // The JSON API.
                rule("GET /api/v1/units/{unitId}", OVERSIGHT_READ, SCHOOL),
                // Host names: a claim is the unit's own business until proved.
                rule("GET /admin/u/{unitId}/host-names", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/host-names", STRUCTURE, SCHOOL).body("hostName", "xam-nhap.edu.vn"),
                rule("POST /admin/u/{unitId}/host-names/remove", STRUCTURE, SCHOOL),
                rule("POST /admin/u/{unitId}/host-names/{claimId}/check", STRUCTURE, SCHOOL).body("method", "DNS_TXT"),
                rule("POST /admin/u/{unitId}/host-names/{claimId}/delete", STRUCTURE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/host-claims", STRUCTURE, SCHOOL),
                rule("DELETE /api/v1/units/{unitId}/host-claims/{claimId}", STRUCTURE, SCHOOL),
                rule("DELETE /api/v1/units/{unitId}/host-name", STRUCTURE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/host-claims", STRUCTURE, SCHOOL).body("hostName", "xam-nhap-api.edu.vn"),
                rule("POST /api/v1/units/{unitId}/host-claims/{claimId}/verify", STRUCTURE, SCHOOL).body("method", "DNS_TXT"),
                rule("POST /api/v1/units/{unitId}/report-forms", WRITE, DISTRICT).body("title", "Biểu mẫu lạ"),
                rule("PUT /api/v1/units/{unitId}/report-forms/{formId}", WRITE, DISTRICT).body("title", "Đổi biểu mẫu"),
                rule("PUT /api/v1/units/{unitId}", STRUCTURE, SCHOOL).body("name", "Đổi tên", "type", "SCHOOL", "schoolLevel", "THCS"),
                rule("POST /api/v1/units/{unitId}/move", STRUCTURE, SCHOOL).body("parentId", "{otherParentId}"),
                rule("POST /api/v1/units/{unitId}/close", STRUCTURE, SCHOOL).body("closedOn", "2026-09-30"),
                rule("GET /api/v1/units/{unitId}/units", OVERSIGHT_READ, DISTRICT),
                rule("POST /api/v1/units/{unitId}/units", STRUCTURE, DISTRICT).body("name", "Trường API Lạ", "type", "SCHOOL", "schoolLevel", "TH"),
                rule("GET /api/v1/units/{unitId}/members", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/members", STRUCTURE, SCHOOL).body("email", "xam-nhap-api@example.edu.vn", "fullName", "X",
                        "role", "UNIT_ADMIN"),
                rule("GET /api/v1/units/{unitId}/memberships", OVERSIGHT_READ, SCHOOL),
                rule("DELETE /api/v1/units/{unitId}/memberships/{membershipId}", STRUCTURE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/api-keys", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/api-keys/{keyId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/api-keys", WRITE, SCHOOL).body("name", "Khoá lạ", "role", "EDITOR", "access", "READ_WRITE",
                        "expiresOn", "2026-12-31"),
                rule("DELETE /api/v1/units/{unitId}/api-keys/{keyId}", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/webhooks", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/webhooks", WRITE, SCHOOL).body("url", "http://127.0.0.1:9/la", "description", "Webhook lạ"),
                rule("GET /api/v1/units/{unitId}/webhooks/{webhookId}", WRITE, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/webhooks/{webhookId}", WRITE, SCHOOL).body("url", "http://127.0.0.1:9/doi", "description", "Đổi"),
                rule("DELETE /api/v1/units/{unitId}/webhooks/{webhookId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/webhooks/{webhookId}/ping", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/webhooks/{webhookId}/deliveries", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/webhooks/{webhookId}/deliveries/{deliveryId}", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/committee", OVERSIGHT_READ, SCHOOL),
                rule("PUT /api/v1/units/{unitId}/committee", WRITE, SCHOOL).body("decisionNumber", "99/QĐ", "hotlinePhone", "0243 999 9999"),
                rule("POST /api/v1/units/{unitId}/committee/members", WRITE, SCHOOL).body("fullName", "Người lạ", "committeeRole", "MEMBER"),
                rule("PUT /api/v1/units/{unitId}/committee/members/{memberId}", WRITE, SCHOOL).body("fullName", "Đổi", "committeeRole", "MEMBER"),
                rule("DELETE /api/v1/units/{unitId}/committee/members/{memberId}", WRITE, SCHOOL),
                // Sharing, stories and Công khai through the API.
                rule("GET /api/v1/units/{unitId}/shares", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/shares/{shareId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/shares/{shareId}/recipients", OVERSIGHT_READ, DISTRICT),
                rule("POST /api/v1/units/{unitId}/shares", WRITE, DISTRICT).body("itemType", "ARTICLE", "itemId", "{publishedArticleId}", "audience", "ALL"),
                rule("GET /api/v1/units/{unitId}/received-shares", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/received-shares/{shareId}", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/received-shares/{shareId}/acknowledge", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/stories", MEMBERS_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/stories/{storyId}", MEMBERS_READ, DISTRICT),
                rule("POST /api/v1/units/{unitId}/stories", WRITE, SCHOOL).body("articleId", "{publishedArticleId}"),
                rule("POST /api/v1/units/{unitId}/stories/{storyId}/accept", WRITE, DISTRICT),
                rule("POST /api/v1/units/{unitId}/stories/{storyId}/decline", WRITE, DISTRICT).body("reason", "Chưa phù hợp"),
                rule("GET /api/v1/units/{unitId}/disclosure/requirements", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/disclosure/items", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/disclosure/items/{itemId}", OVERSIGHT_READ, SCHOOL).alias("itemId", "disclosureItemId"),
                rule("POST /api/v1/units/{unitId}/disclosure/items", WRITE, SCHOOL).body("requirement", "FEES", "period", "2026", "title", "Giả",
                        "body", "x"),
                rule("GET /api/v1/units/{unitId}/disclosure/schools-below", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/files", MEMBERS_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/files", WRITE, SCHOOL).sendsFile(),
                rule("GET /api/v1/units/{unitId}/files/{fileId}", MEMBERS_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/files/{fileId}/content", MEMBERS_READ, SCHOOL),
                rule("DELETE /api/v1/units/{unitId}/files/{fileId}", WRITE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/audit-events", STRUCTURE, SCHOOL),
                rule("GET /api/v1/units/{unitId}/imports/template", STRUCTURE, DISTRICT),
                rule("POST /api/v1/units/{unitId}/imports", STRUCTURE, DISTRICT).sendsFile(),
                rule("GET /api/v1/units/{unitId}/imports/{jobId}", STRUCTURE, DISTRICT),
                rule("GET /api/v1/units/{unitId}/imports/{jobId}/lines", STRUCTURE, DISTRICT),
                rule("POST /api/v1/units/{unitId}/imports/{jobId}/confirm", STRUCTURE, DISTRICT),
                rule("POST /api/v1/units/{unitId}/imports/{jobId}/cancel", STRUCTURE, DISTRICT),

                // desk-api: the cases' JSON API. Reading is for whoever reads the unit's work (the citizen's personal data masked
                // outside the unit's desk roles); every change needs a desk role of the unit itself.
                rule("GET /api/v1/units/{unitId}/cases", OVERSIGHT_READ, SCHOOL).query("status=MOI&sort=-receivedAt"),
                rule("GET /api/v1/units/{unitId}/cases/{caseId}", OVERSIGHT_READ, SCHOOL),
                rule("POST /api/v1/units/{unitId}/cases", WRITE, SCHOOL).body("channel", "PHONE", "topic", "KHAC", "summary", "Cuộc gọi lạ"),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/acknowledge", WRITE, SCHOOL),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/assign", WRITE, SCHOOL).body("assigneeId", "{userId}"),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/notes", WRITE, SCHOOL).body("text", "Ghi chú lạ"),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/answer", WRITE, SCHOOL).body("text", "Trả lời lạ"),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/close", WRITE, SCHOOL).body("result", "Đóng lạ"),
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/spam", WRITE, SCHOOL),
                // desk-api along the tree: forwarding is the desk roles'; the sender's trace and the open cases below are read like a
                // roll-up, the citizen's personal data masked unless the case passed through the reader's unit.
                rule("POST /api/v1/units/{unitId}/cases/{caseId}/forward", WRITE, SCHOOL).body("targetUnitId", "{otherParentId}", "reason", "Chuyển lạ"),
                rule("GET /api/v1/units/{unitId}/forwarded-cases", OVERSIGHT_READ, SCHOOL),
                rule("GET /api/v1/units/{unitId}/cases-below", OVERSIGHT_READ, DISTRICT).query("topic=KHAC&sort=receivedAt"),
                rule("GET /api/v1/units/{unitId}/cases-below/counts", OVERSIGHT_READ, DISTRICT).query("topic=KHAC"),
                rule("GET /api/v1/units/{unitId}/cases-below/{caseId}", OVERSIGHT_READ, DISTRICT),
                rule("GET /api/v1/units/{unitId}/incidents-below", OVERSIGHT_READ, DISTRICT).query("severity=GRAVE&type=EXAM_LEAK"),
                rule("GET /api/v1/units/{unitId}/incidents-below/counts", OVERSIGHT_READ, DISTRICT).query("severity=GRAVE"),

                // press-releases: the mailings and their logs are the unit's own work; only the desk roles send, retry and change the kit.
                rule("GET /admin/u/{unitId}/press/releases", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/press/releases", WRITE, SCHOOL).body("articleId", "{publishedArticleId}", "listId", "{releaseListId}"),
                rule("GET /admin/u/{unitId}/press/releases/{mailingId}", MEMBERS_READ, SCHOOL),
                rule("POST /admin/u/{unitId}/press/releases/{mailingId}/retry", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/press/releases/kit", WRITE, SCHOOL).body("fileId", "{fileId}"),
                rule("POST /admin/u/{unitId}/press/releases/kit/{fileId}/delete", WRITE, SCHOOL),

                // Channels (kênh truyền thông): the unit's own, written by those who run its site; the parent's view of those below.
                rule("GET /admin/u/{unitId}/channels", OVERSIGHT_READ, SCHOOL),
                rule("GET /admin/u/{unitId}/channels/new", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/channels", WRITE, SCHOOL).body("kind", "FACEBOOK", "name", "Fanpage lạ", "address",
                        "https://www.facebook.com/la", "active", "true"),
                rule("GET /admin/u/{unitId}/channels/{channelId}/edit", WRITE, SCHOOL),
                rule("POST /admin/u/{unitId}/channels/{channelId}", WRITE, SCHOOL).body("kind", "FACEBOOK", "name", "Fanpage đổi", "address",
                        "https://www.facebook.com/doi", "active", "true", "version", "0"),
                rule("POST /admin/u/{unitId}/channels/{channelId}/delete", WRITE, SCHOOL),
                rule("GET /admin/u/{unitId}/channels/below", OVERSIGHT_READ, DISTRICT),
                rule("GET /admin/u/{unitId}/channels/below/export.xlsx", OVERSIGHT_READ, DISTRICT).answersFile(),

                // Public sites, and files served from them.
                publicPage("GET /{site}"),
                publicPage("GET /{site}/tin"),
                publicPage("GET /{site}/tin/{slug}"),
                publicPage("GET /{site}/tin/{slug}/in"),
                publicPage("GET /{site}/tin/{slug}/pdf").answersFile(),
                publicPage("GET /{site}/trang/{slug}").alias("slug", "pageSlug"),
                publicPage("GET /{site}/chuyen-muc/{category}"),
                publicPage("GET /{site}/chuyen-muc/{category}/rss.xml").answersFile(),
                publicPage("GET /{site}/chuyen-muc/{category}/atom.xml").answersFile(),
                publicPage("GET /{site}/the/{tag}"),
                publicPage("GET /{site}/van-ban"),
                publicPage("GET /{site}/van-ban/{documentId}"),
                publicPage("GET /{site}/cong-khai"),
                publicPage("GET /{site}/cong-khai/luu-tru"),
                publicPage("GET /{site}/don-vi").alias("site", "districtSite"),
                publicPage("GET /{site}/en"),
                publicPage("GET /{site}/lien-he"),
                publicPage("GET /{site}/phong-bao-chi"),
                publicPage("GET /{site}/kenh-truyen-thong"),
                publicPage("GET /{site}/kenh-truyen-thong/{channelId}/qr.svg").answersFile(),
                publicPage("GET /{site}/kenh-truyen-thong/ap-phich.pdf").answersFile(),
                publicPage("GET /{site}/gui-phan-anh"),
                publicPage("POST /{site}/gui-phan-anh").body("topic", "KHAC", "message", "Phản ánh thử qua bộ kiểm tra cách ly", "consent", "yes"),
                publicPage("GET /{site}/theo-doi-phan-anh/{token}").alias("token", "followToken"),
                // desk-public
                publicPage("GET /{site}/hoi-dap"),
                publicPage("GET /{site}/hoi-dap/{qaId}"),
                publicPage("GET /{site}/tim-kiem").query("q=truong"),
                publicPage("GET /{site}/rss.xml").answersFile(),
                publicPage("GET /{site}/atom.xml").answersFile(),
                publicPage("GET /{site}/sitemap.xml").answersFile(),
                publicPage("GET /{site}/robots.txt").answersFile(),
                publicPage("GET /anh/{unitId}/{year}/{name}").alias("year", "imageYear").alias("name", "imageName").answersFile(),
                publicPage("GET /tep/{unitId}/{fileId}/{name}").answersFile(),
                publicPage("GET /bieu-tuong/{unitId}/{name}").alias("name", "faviconName").answersFile(),

                // plan-progress: a school's issued plan carried out ({progressPlanId}, its item {progressItemId} with a link as evidence),
                // read by the unit and from above, recorded by MANAGE_PLANS; the parent's view of the units below, read like a roll-up.
                rule("GET /admin/u/{unitId}/plans/{planId}/progress", OVERSIGHT_READ, SCHOOL).alias("planId", "progressPlanId").query("group=&status=DONE"),
                rule("GET /admin/u/{unitId}/plans/{planId}/progress/items/{itemId}", OVERSIGHT_READ, SCHOOL).alias("planId", "progressPlanId")
                        .alias("itemId", "progressItemId"),
                rule("POST /admin/u/{unitId}/plans/{planId}/progress/items/{itemId}/status", WRITE, SCHOOL).alias("planId", "progressPlanId")
                        .alias("itemId", "progressItemId").body("quarter", "1", "status", "DONE"),
                rule("POST /admin/u/{unitId}/plans/{planId}/progress/items/{itemId}/evidence", WRITE, SCHOOL).alias("planId", "progressPlanId")
                        .alias("itemId", "progressItemId").body("ref", "LINK", "url", "https://la.example.vn/bai", "title", "Bài lạ"),
                rule("POST /admin/u/{unitId}/plans/{planId}/progress/items/{itemId}/evidence/{evidenceId}/delete", WRITE, SCHOOL).alias("planId", "progressPlanId")
                        .alias("itemId", "progressItemId").alias("evidenceId", "progressEvidenceId"),
                rule("GET /admin/u/{unitId}/plans/below", OVERSIGHT_READ, DISTRICT).query("year=2031"),
                rule("GET /admin/u/{unitId}/plans/below/export.xlsx", OVERSIGHT_READ, DISTRICT).query("year=2031").answersFile(),

                // The platform itself.
                platform("GET /admin/platform"),
                platform("GET /admin/platform/units/new"),
                platform("POST /admin/platform/units").body("name", "Sở Lạ", "type", "PROVINCE_DEPARTMENT"),
                platform("GET /admin/platform/days-off"),
                platform("GET /admin/platform/totals-check"),
                platform("GET /api/v1/platform/totals-check"),
                platform("POST /admin/platform/days-off").body("date", "02/09/2036", "name", "Quốc khánh"),
                platform("POST /admin/platform/days-off/copy").body("from", "2030", "to", "2037"),
                platform("POST /admin/platform/days-off/{date}/delete").alias("date", "dayOff"),

                // No unit in them.
                none("GET /", "the front door: sends to sign-in or to the person's workspace"),
                none("GET /login", "sign-in form"),
                none("POST /login", "sign-in"),
                none("POST /logout", "sign-out of one's own session"),
                none("GET /password/forgot", "asks for a reset mail by address"),
                none("POST /password/forgot", "asks for a reset mail by address"),
                none("GET /password/reset", "reset form for a token"),
                none("POST /password/reset", "sets one's own password with a token"),
                none("GET /invitation", "invitation form for a token"),
                none("POST /invitation", "accepts one's own invitation with a token"),
                none("GET /account", "one's own account"),
                none("POST /account/profile", "one's own account"),
                none("POST /account/password", "one's own account"),
                none("POST /account/sign-out-everywhere", "one's own sessions"),
                none("GET /admin", "sends the person to a unit where they hold a role"),
                none("GET /lang/{code}", "the reader's language, a cookie"),
                none("GET /api/v1/me", "one's own roles"),
                none("POST /api/v1/auth/token", "sign-in for API clients"),
                none("POST /api/v1/auth/refresh", "one's own refresh token"),
                none("POST /api/v1/auth/logout", "one's own refresh token"),
                none("GET /token_info", "Micronaut Security: the caller's own token"),
                none("POST /token_info", "Micronaut Security: the caller's own token"),
                none("GET /api/openapi.yml", "the API's description"),
                none("GET /api/openapi.json", "the API's description"),
                none("GET /api/docs", "the API's description as a page"),
                none("GET /health", "probes"),
                none("GET /health/liveness", "probes"),
                none("GET /health/readiness", "probes"),
                none("GET /internal/prometheus", "ops: metrics for a scraper on loopback or LANTOA_METRICS_NETWORKS or with the operator token; 404 to anyone else"),
                none("GET /-endpoints/health", "Micronaut's own health endpoint, behind sign-in and without details; /health answers probes"),
                none("GET /-endpoints/health/{selector}", "Micronaut's own health endpoint, behind sign-in and without details"),
                none("GET /favicon.ico", "the site icon, the same for everyone"),
                none("GET /robots.txt", "the platform's robots file"),
                none("GET /sitemap.xml", "index of the public sites' sitemaps"),
        };
    }
}
