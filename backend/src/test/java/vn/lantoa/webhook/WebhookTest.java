package vn.lantoa.webhook;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.ScheduledPublisher;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.deadline.OverdueJob;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.review.ReviewService;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: real changes write events, the dispatcher POSTs them to a real HTTP server on the loopback, and the
 * test reads what arrived, with the application's clock moved to make retries due.
 */
@MicronautTest(transactional = false)
class WebhookTest {

    static final Map<String, String> ANSWERS = Map.of("tin_bai", "4", "y_kien_nhan", "5", "y_kien_xu_ly", "5", "ty_le_hai_long", "92,5",
            "vu_viec[0].noi_dung", "Clip lan truyền trên mạng", "vu_viec[0].nguon", "Mạng xã hội");
    static final List<String> ALL = List.of("report.submitted", "report.returned", "report.accepted", "report.overdue", "incident.opened",
            "article.published");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    ReportService reports;
    @Inject
    ReviewService review;
    @Inject
    ArticleService articles;
    @Inject
    ScheduledPublisher scheduledPublisher;
    @Inject
    OverdueJob overdueJob;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    UnitRefRepository refs;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Fixtures.World w;
    Actor platform;

    @BeforeEach
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 16, 10, 0));
        w = fixtures.world();
        platform = fixtures.actor(w.platformAdmin());
    }

    @Test
    void aSchoolsReportReachesItsDistrictsWebhookSignedWithTheSecretShownOnlyWhenItWasMade() throws Exception {
        Obligation monthly = monthly();
        try (Receiver district = new Receiver()) {
            Map<String, Object> created = subscribe(w.adminD().email(), w.d().id(), district.url("/lantoa"), "report.submitted");
            String secret = (String) created.get("secret");
            assertThat(secret).startsWith("whsec_").hasSize(46);
            Map<String, Object> hook = map(created.get("webhook"));
            Api.Reply read = api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/webhooks/" + hook.get("id"));
            assertThat(read.body()).doesNotContain(secret);
            assertThat(read.header("ETag")).isEqualTo("\"v1\"");

            Report sent = send(w.a().id(), monthly, "2026-09");
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);

            assertThat(district.got()).hasSize(1);
            Receiver.Got got = district.got().get(0);
            assertThat(got.path()).isEqualTo("/lantoa");
            assertThat(got.header("Content-Type")).startsWith("application/json");
            assertThat(got.header("User-Agent")).isEqualTo("Lantoa-Webhook/1");
            assertThat(got.header("Lantoa-Event")).isEqualTo("report.submitted");
            assertThat(got.header("Lantoa-Delivery")).matches("\\d+");
            String signature = got.header("Lantoa-Signature");
            long t = clock.instant().getEpochSecond();
            assertThat(signature).isEqualTo("t=" + t + ",v1=" + hmac(secret, t + "." + got.text()));
            assertThat(WebhookSignature.verifies(secret, signature, got.body())).isTrue();
            assertThat(WebhookSignature.verifies("whsec_khac", signature, got.body())).isFalse();

            Map<String, Object> event = json.readValue(got.body(), Argument.mapOf(String.class, Object.class));
            assertThat(event.get("type")).isEqualTo("report.submitted");
            assertThat(event.get("occurredAt")).isEqualTo("2026-09-16T10:00:00+07:00");
            assertThat(map(event.get("unit"))).containsEntry("id", w.a().id().intValue()).containsEntry("name", w.a().name())
                    .containsEntry("link", "http://lantoa.test/api/v1/units/" + w.a().id());
            Map<String, Object> data = map(event.get("data"));
            assertThat(data).containsEntry("reportId", sent.id().intValue()).containsEntry("obligationId", monthly.id().intValue())
                    .containsEntry("periodCode", "2026-09").containsEntry("recipientUnitId", w.d().id().intValue()).containsEntry("late", false)
                    .containsEntry("submittedAt", "2026-09-16T10:00:00+07:00");
            assertThat(map(data.get("links"))).containsEntry("receivedReport",
                    "http://lantoa.test/api/v1/units/" + w.d().id() + "/received-reports/" + sent.id());
            assertThat(dispatcher.dispatchDue()).as("a delivered event is not sent again").isZero();
        }
    }

    @Test
    void aDeliveryAnsweredWithAnErrorIsRetriedAfterOneMinuteThenFiveAndTheLogKeepsEveryAttempt() throws Exception {
        Obligation monthly = monthly();
        try (Receiver district = new Receiver().answer(500, 503)) {
            long hookId = id(subscribe(w.adminD().email(), w.d().id(), district.url("/su-kien"), "report.submitted"));
            send(w.a().id(), monthly, "2026-09");

            dispatcher.dispatchDue();
            clock.advance(Duration.ofSeconds(59));
            dispatcher.dispatchDue();
            assertThat(district.got()).as("not before a minute").hasSize(1);
            clock.advance(Duration.ofSeconds(1));
            dispatcher.dispatchDue();
            assertThat(district.got()).hasSize(2);
            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            dispatcher.dispatchDue();
            assertThat(district.got()).as("then not before five minutes").hasSize(2);
            clock.advance(Duration.ofSeconds(1));
            dispatcher.dispatchDue();
            assertThat(district.got()).hasSize(3);
            assertThat(district.got().stream().map(Receiver.Got::text).distinct()).as("the same body every time").hasSize(1);

            Api admin = api(w.adminD().email());
            Map<String, Object> delivery = single(admin.get("/api/v1/units/" + w.d().id() + "/webhooks/" + hookId + "/deliveries"));
            assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("attempts", 3).containsEntry("lastStatusCode", 200)
                    .containsEntry("eventType", "report.submitted");
            assertThat(delivery.get("nextAttemptAt")).isNull();
            Api.Reply detail = admin.get("/api/v1/units/" + w.d().id() + "/webhooks/" + hookId + "/deliveries/" + delivery.get("id"));
            List<Map<String, Object>> attempts = list(detail.json().get("attempts"));
            assertThat(attempts).extracting(a -> a.get("statusCode")).containsExactly(500, 503, 200);
            assertThat(attempts).extracting(a -> a.get("number")).containsExactly(1, 2, 3);
            assertThat((String) attempts.get(0).get("response")).isEqualTo("lỗi máy chủ tích hợp 500");
            assertThat(attempts).allSatisfy(a -> assertThat((Integer) a.get("durationMs")).isBetween(0, 3000));
            assertThat(detail.json().get("payload")).isEqualTo(district.got().get(2).text());
        }
    }

    @Test
    void eventsOfOneReportArriveInOrderWhileTheFirstWaitsForItsRetry() throws Exception {
        Obligation monthly = monthly();
        UnitRef d = refs.findById(w.d().id()).orElseThrow();
        try (Receiver district = new Receiver().answer(500)) {
            subscribe(w.adminD().email(), w.d().id(), district.url("/"), "report.submitted", "report.returned", "report.accepted");
            Report first = send(w.a().id(), monthly, "2026-09");
            dispatcher.dispatchDue();
            review.returnReport(platform, d, first.id(), "Số ý kiến chưa khớp với sổ theo dõi");
            send(w.a().id(), monthly, "2026-09");
            Report other = send(w.b().id(), monthly, "2026-09");

            dispatcher.dispatchDue();
            assertThat(types(district)).as("the return and the second send wait for the first send; another school's report does not")
                    .containsExactly("report.submitted", "report.submitted");
            assertThat(reportIds(district)).containsExactly(first.id().intValue(), other.id().intValue());

            clock.advance(Duration.ofMinutes(1));
            dispatcher.dispatchDue();
            review.accept(platform, d, first.id());
            dispatcher.dispatchDue();

            List<Map<String, Object>> aboutA = events(district).stream().filter(e -> map(e.get("unit")).get("id").equals(w.a().id().intValue())).toList();
            assertThat(aboutA).extracting(e -> e.get("type")).containsExactly("report.submitted", "report.submitted", "report.returned",
                    "report.submitted", "report.accepted");
            assertThat(map(aboutA.get(2).get("data"))).containsEntry("reason", "Số ý kiến chưa khớp với sổ theo dõi");
            assertThat(map(aboutA.get(3).get("data"))).containsEntry("revision", 2);
            assertThat(aboutA).extracting(e -> ((Number) e.get("id")).longValue()).isSorted();
        }
    }

    @Test
    void noEventAboutASiblingSchoolOrADraftReachesASchoolAndNoneAboutItsDistrictOrProvince() throws Exception {
        Obligation monthly = monthly();
        try (Receiver school = new Receiver(); Receiver district = new Receiver()) {
            subscribe(w.adminA().email(), w.a().id(), school.url("/"), ALL.toArray(String[]::new));
            subscribe(w.adminD().email(), w.d().id(), district.url("/"), ALL.toArray(String[]::new));

            send(w.b().id(), monthly, "2026-09");
            reports.saveDraft(platform, reports.slot(ref(w.a().id()), monthly.id(), "2026-09"), Map.of("tin_bai", "2"));
            fixtures.draft(w, w.a().id(), ArticleKind.NEWS, "Bản nháp chưa đăng " + w.tag(), "<p>Chưa đăng.</p>");
            fixtures.published(w, w.b().id(), ArticleKind.NEWS, "Tin của trường bên cạnh " + w.tag(), "<p>Trường B.</p>");
            fixtures.published(w, w.d().id(), ArticleKind.NEWS, "Tin của Phòng " + w.tag(), "<p>Phòng.</p>");
            fixtures.published(w, w.p().id(), ArticleKind.NEWS, "Tin của Sở " + w.tag(), "<p>Sở.</p>");
            fixtures.published(w, w.z().id(), ArticleKind.NEWS, "Tin của tỉnh khác " + w.tag(), "<p>Tỉnh khác.</p>");
            Article own = fixtures.published(w, w.a().id(), ArticleKind.NEWS, "Lễ khai giảng " + w.tag(), "<p>Trường A.</p>");
            dispatcher.dispatchDue();

            assertThat(events(school)).extracting(e -> e.get("type")).containsExactly("article.published");
            Map<String, Object> told = events(school).get(0);
            assertThat(map(told.get("unit")).get("id")).isEqualTo(w.a().id().intValue());
            assertThat(map(told.get("data"))).containsEntry("articleId", own.id().intValue()).containsEntry("title", "Lễ khai giảng " + w.tag());
            assertThat((String) map(map(told.get("data")).get("links")).get("public")).isEqualTo("http://lantoa.test/" + w.a().slug() + "/tin/"
                    + own.slug());
            assertThat(map(map(told.get("data")).get("links"))).containsEntry("article",
                    "http://lantoa.test/api/v1/units/" + w.a().id() + "/articles/" + own.id());

            assertThat(events(district)).extracting(e -> e.get("type") + "@" + map(e.get("unit")).get("id")).containsExactly(
                    "report.submitted@" + w.b().id(), "article.published@" + w.b().id(), "article.published@" + w.d().id(),
                    "article.published@" + w.a().id());
            assertThat(district.got()).noneMatch(g -> g.text().contains("Bản nháp chưa đăng") || g.text().contains("Tin của Sở")
                    || g.text().contains("tỉnh khác"));
        }
    }

    @Test
    void aScheduledArticleIsToldWhenItGoesPublicAndNotWhenItIsScheduled() throws Exception {
        try (Receiver school = new Receiver()) {
            subscribe(w.adminA().email(), w.a().id(), school.url("/"), "article.published");
            UnitRef a = ref(w.a().id());
            Article draft = fixtures.draft(w, a.id(), ArticleKind.NEWS, "Thông báo tuyển sinh " + w.tag(), "<p>Tuyển sinh lớp 6.</p>");
            articles.submit(platform, a, draft.id());
            articles.approve(platform, a, draft.id());
            articles.publish(platform, a, draft.id(), clock.instant().plus(Duration.ofHours(2)));
            dispatcher.dispatchDue();
            assertThat(school.got()).isEmpty();

            clock.advance(Duration.ofHours(2));
            assertThat(scheduledPublisher.publishDue()).isGreaterThanOrEqualTo(1);
            dispatcher.dispatchDue();
            assertThat(events(school)).extracting(e -> map(e.get("data")).get("articleId")).containsExactly(draft.id().intValue());
            assertThat(events(school).get(0).get("occurredAt")).isEqualTo("2026-09-16T12:00:00+07:00");
        }
    }

    @Test
    void anIncidentReachesTheRecipientAndTheProvinceAbove() throws Exception {
        Obligation rapid = reporting.quick(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, PeriodType.EVENT, null);
        try (Receiver district = new Receiver(); Receiver province = new Receiver(); Receiver sibling = new Receiver()) {
            subscribe(w.adminD().email(), w.d().id(), district.url("/"), "incident.opened");
            subscribe(w.adminP().email(), w.p().id(), province.url("/"), "incident.opened");
            subscribe(w.adminB().email(), w.b().id(), sibling.url("/"), ALL.toArray(String[]::new));
            String code = Period.event(clock.instant().minus(Duration.ofMinutes(30)), "vuviec").code();
            Report incident = send(w.a().id(), rapid, code);
            dispatcher.dispatchDue();

            assertThat(types(district)).containsExactly("incident.opened");
            assertThat(types(province)).containsExactly("incident.opened");
            assertThat(sibling.got()).isEmpty();
            Map<String, Object> data = map(events(province).get(0).get("data"));
            assertThat(data).containsEntry("reportId", incident.id().intValue()).containsEntry("periodCode", code);
            assertThat(map(data.get("links"))).containsEntry("incidents", "http://lantoa.test/api/v1/units/" + w.d().id() + "/incidents");
        }
    }

    @Test
    void theOverdueJobTellsEachUnitThatDidNotSendOncePerPeriod() throws Exception {
        Obligation monthly = monthly();
        try (Receiver district = new Receiver()) {
            subscribe(w.adminD().email(), w.d().id(), district.url("/"), "report.overdue");
            send(w.a().id(), monthly, "2026-08");
            overdueJob.run();
            dispatcher.dispatchDue();
            assertThat(told(district)).as("July was due by 20 August; August is due by 20 September")
                    .containsExactlyInAnyOrder(w.a().id() + ":2026-07", w.b().id() + ":2026-07");

            clock.freezeAt(LocalDateTime.of(2026, 9, 21, 0, 0, 1));
            overdueJob.run();
            overdueJob.run();
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(15));
            overdueJob.run();
            dispatcher.dispatchDue();

            assertThat(told(district)).as("once each, and never a report sent on time").containsExactlyInAnyOrder(w.a().id() + ":2026-07",
                    w.b().id() + ":2026-07", w.b().id() + ":2026-08");
            Map<String, Object> late = events(district).stream().filter(e -> (w.b().id() + ":2026-08").equals(map(e.get("unit")).get("id") + ":"
                    + map(e.get("data")).get("periodCode"))).findFirst().orElseThrow();
            assertThat(map(late.get("data"))).containsEntry("dueDate", "2026-09-20").containsEntry("lateFrom", "2026-09-21T00:00:00+07:00")
                    .containsEntry("recipientUnitId", w.d().id().intValue());
            assertThat(map(late.get("data")).get("reportId")).isNull();
        }
    }

    @Test
    void aDeliveryThatFailsEightTimesIsFailedAndCanBeSentAgainByHand() throws Exception {
        Obligation monthly = monthly();
        try (Receiver district = new Receiver().answer(500, 500, 500, 500, 500, 500, 500, 500)) {
            long hookId = id(subscribe(w.adminD().email(), w.d().id(), district.url("/"), "report.submitted"));
            send(w.a().id(), monthly, "2026-09");
            dispatcher.dispatchDue();
            for (Duration pause : RetrySchedule.PAUSES) {
                clock.advance(pause);
                dispatcher.dispatchDue();
            }
            clock.advance(Duration.ofDays(3));
            dispatcher.dispatchDue();
            assertThat(district.got()).hasSize(8);

            Api admin = api(w.adminD().email());
            String deliveries = "/api/v1/units/" + w.d().id() + "/webhooks/" + hookId + "/deliveries";
            Map<String, Object> failed = single(admin.get(deliveries));
            assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 8).containsEntry("lastStatusCode", 500);
            assertThat(failed.get("nextAttemptAt")).isNull();

            Api.Reply again = admin.post(deliveries + "/" + failed.get("id") + "/redeliver", Map.of());
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json()).containsEntry("status", "DELIVERED").containsEntry("attempts", 9);
            assertThat(district.got()).hasSize(9);
            assertThat(district.got().get(8).text()).isEqualTo(district.got().get(0).text());

            district.answer(500);
            send(w.b().id(), monthly, "2026-09");
            dispatcher.dispatchDue();
            Map<String, Object> waiting = list(admin.get(deliveries + "?sort=-createdAt").json().get("items")).stream()
                    .filter(d -> "PENDING".equals(d.get("status"))).findFirst().orElseThrow();
            Api.Reply refused = admin.post(deliveries + "/" + waiting.get("id") + "/redeliver", Map.of());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("CONFLICT");
        }
    }

    @Test
    void aWebhookIsEditedWithItsVersionPausedAndDeletedThroughTheApi() throws Exception {
        Obligation monthly = monthly();
        try (Receiver district = new Receiver()) {
            Api admin = api(w.adminD().email());
            String base = "/api/v1/units/" + w.d().id() + "/webhooks";
            Api.Reply created = admin.post(base, Map.of("url", district.url("/"), "description", "Tổng đài " + w.tag(),
                    "events", List.of("report.submitted")));
            assertThat(created.status()).isEqualTo(201);
            long hookId = id(created.json());
            assertThat(created.header("Location")).isEqualTo(base + "/" + hookId);
            Map<String, Object> change = Map.of("url", district.url("/moi"), "description", "Tổng đài " + w.tag(),
                    "events", List.of("report.submitted", "report.accepted"), "active", false);

            assertThat(admin.put(base + "/" + hookId, change).status()).isEqualTo(428);
            assertThat(admin.putWith(base + "/" + hookId, change, "If-Match", "\"v7\"").status()).isEqualTo(412);
            Api.Reply paused = admin.putWith(base + "/" + hookId, change, "If-Match", "\"v1\"");
            assertThat(paused.status()).isEqualTo(200);
            assertThat(paused.json()).containsEntry("active", false).containsEntry("version", 2).containsEntry("url", district.url("/moi"));
            assertThat(list(paused.json().get("events"))).isNotNull();

            send(w.a().id(), monthly, "2026-09");
            dispatcher.dispatchDue();
            assertThat(district.got()).as("a paused webhook receives nothing").isEmpty();

            Api.Reply listed = admin.get(base + "?sort=-createdAt");
            assertThat(listed.json().get("total")).isEqualTo(1);
            assertThat(admin.delete(base + "/" + hookId).status()).isEqualTo(204);
            assertThat(admin.get(base + "/" + hookId).status()).isEqualTo(404);
            assertThat(admin.get(base + "/" + hookId + "/deliveries").status()).isEqualTo(404);
        }
    }

    @Test
    void anAddressThatIsNotHttpsOrLeadsIntoAnInternalNetworkIsRefusedNextToItsField() throws Exception {
        Api admin = api(w.adminA().email());
        String base = "/api/v1/units/" + w.a().id() + "/webhooks";
        for (String url : List.of("http://example.com/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://192.168.1.10/hook", "ftp://example.com/hook", "https://user:mat-khau@example.com/hook", "khong-phai-dia-chi")) {
            Api.Reply refused = admin.post(base, Map.of("url", url, "description", "Thử", "events", List.of("report.submitted")));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(fieldErrors(refused)).as(url).containsKey("url");
        }
        Api.Reply noEvents = admin.post(base, Map.of("url", "https://example.com/hook", "description", "Thử", "events", List.of("report.deleted")));
        assertThat(fieldErrors(noEvents).get("events")).contains("report.deleted");
        assertThat(admin.get(base).json().get("total")).isEqualTo(0);

        Browser page = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        page.get("/admin/u/" + w.a().id() + "/webhooks");
        Page refused = page.post("/admin/u/" + w.a().id() + "/webhooks", Map.of("url", "http://example.com/hook", "description", "Cơ sở dữ liệu",
                "events", "report.submitted"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(HtmlCheck.problems(refused.body())).isEmpty();
        assertThat(refused.doc().select("#e-url").text()).isEqualTo("Địa chỉ phải bắt đầu bằng https:// để sự kiện được mã hoá trên đường truyền.");
        assertThat(refused.doc().select("#f-url").attr("value")).isEqualTo("http://example.com/hook");
        Page internal = page.post("/admin/u/" + w.a().id() + "/webhooks", Map.of("url", "https://10.0.0.8/hook", "description", "Cơ sở dữ liệu",
                "events", "report.submitted"));
        assertThat(internal.doc().select("#e-url").text()).isEqualTo("Địa chỉ này trỏ vào mạng nội bộ (10.0.0.8): Lantoa không gửi sự kiện vào mạng nội bộ.");
        Page none = page.post("/admin/u/" + w.a().id() + "/webhooks", Map.of("url", "https://example.com/hook", "description", "Cơ sở dữ liệu"));
        assertThat(none.doc().select("#e-events").text()).isEqualTo("Chọn ít nhất một sự kiện.");
        assertThat(admin.get(base).json().get("total")).isEqualTo(0);
    }

    @Test
    void anAdminAddsAWebhookOnItsPageSendsATestAndReadsTheLog() throws Exception {
        try (Receiver school = new Receiver()) {
            Browser page = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
            String base = "/admin/u/" + w.a().id() + "/webhooks";
            Page list = page.get(base);
            assertThat(list.status()).isEqualTo(200);
            assertThat(HtmlCheck.problems(list.body())).isEmpty();
            assertThat(list.doc().select("nav a[href=" + base + "]")).isNotEmpty();
            assertThat(page.post(base, Map.of("url", "", "description", "<b>Hỏng</b>")).status()).isEqualTo(422);

            Page created = page.post(base, Map.of("url", school.url("/lantoa"), "description", "Sổ liên lạc điện tử", "events", "article.published"));
            assertThat(created.status()).isEqualTo(200);
            assertThat(HtmlCheck.problems(created.body())).isEmpty();
            assertThat(created.header("Cache-Control")).isEqualTo("no-store");
            String secret = created.doc().select("#webhook-secret").attr("value");
            assertThat(secret).startsWith("whsec_");
            String detail = created.doc().select("a.btn[href^=" + base + "/]").attr("href");
            Page shownOnce = page.get(detail);
            assertThat(HtmlCheck.problems(shownOnce.body())).isEmpty();
            assertThat(shownOnce.body()).doesNotContain(secret).contains("Sổ liên lạc điện tử").contains(secret.substring(0, 10));
            assertThat(page.get(base).doc().select("tbody tr").text()).contains("Sổ liên lạc điện tử", school.url("/lantoa"), "article.published",
                    "Đang gửi");

            Page pinged = page.post(detail + "/ping", Map.of());
            assertThat(pinged.status()).isEqualTo(303);
            assertThat(school.got()).hasSize(1);
            Receiver.Got ping = school.got().get(0);
            assertThat(ping.header("Lantoa-Event")).isEqualTo("ping");
            assertThat(WebhookSignature.verifies(secret, ping.header("Lantoa-Signature"), ping.body())).isTrue();
            Map<String, Object> event = json.readValue(ping.body(), Argument.mapOf(String.class, Object.class));
            assertThat(map(event.get("data"))).containsEntry("message", "Lantoa gửi thử: webhook \"Sổ liên lạc điện tử\" nhận được sự kiện.");

            Page shown = page.get(detail);
            assertThat(shown.text()).contains("Gửi thử thành công: hệ thống tích hợp trả lời HTTP 200.");
            var line = shown.doc().select("#log ~ .table-wrap tbody tr").first();
            assertThat(line.text()).contains("ping").contains("200").contains("đã nhận").contains("gửi tay");

            school.answer(410);
            page.post(detail + "/ping", Map.of());
            Page failed = page.get(detail);
            assertThat(failed.text()).contains("Gửi thử không thành công (HTTP 410).");
            assertThat(failed.doc().select("#log ~ .table-wrap tbody tr")).hasSize(2);

            Page edited = page.post(detail, Map.of("url", school.url("/moi"), "description", "Sổ <b>liên lạc</b>", "events", "report.accepted",
                    "version", "1"));
            assertThat(edited.status()).isEqualTo(303);
            Page after = page.get(detail);
            assertThat(after.body()).contains("Sổ &lt;b&gt;liên lạc&lt;/b&gt;").doesNotContain("Sổ <b>");
            assertThat(after.doc().select("input[name=events][checked]").attr("value")).isEqualTo("report.accepted");
            Page stale = page.post(detail, Map.of("url", school.url("/cu"), "description", "Cũ", "events", "report.accepted", "version", "1"));
            assertThat(stale.status()).isEqualTo(409);

            assertThat(page.post(detail + "/pause", Map.of()).status()).isEqualTo(303);
            assertThat(page.get(detail).text()).contains("Tạm dừng").contains("Tiếp tục gửi");
            Page deleted = page.post(detail + "/delete", Map.of());
            assertThat(deleted.location()).isEqualTo(base);
            assertThat(page.get(detail).status()).isEqualTo(404);
        }
    }

    // ---- Helpers.

    Obligation monthly() {
        return reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
    }

    UnitRef ref(long unitId) {
        return refs.findById(unitId).orElseThrow();
    }

    Report send(long unitId, Obligation obligation, String period) {
        return reports.submit(platform, reports.slot(ref(unitId), obligation.id(), period), ANSWERS, UUID.randomUUID().toString()).report();
    }

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    Map<String, Object> subscribe(String email, long unitId, String url, String... events) {
        Api.Reply created = api(email).post("/api/v1/units/" + unitId + "/webhooks", Map.of("url", url, "description", "Hệ thống tích hợp " + w.tag(),
                "events", List.of(events)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static long id(Map<String, Object> created) {
        return ((Number) map(created.get("webhook")).get("id")).longValue();
    }

    List<Map<String, Object>> events(Receiver receiver) {
        return receiver.got().stream().map(g -> {
            try {
                return json.readValue(g.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Which unit and period each event told of, as "unitId:period". */
    List<String> told(Receiver receiver) {
        return events(receiver).stream().map(e -> map(e.get("unit")).get("id") + ":" + map(e.get("data")).get("periodCode")).toList();
    }

    List<String> types(Receiver receiver) {
        return events(receiver).stream().map(e -> (String) e.get("type")).toList();
    }

    List<Object> reportIds(Receiver receiver) {
        return events(receiver).stream().map(e -> map(e.get("data")).get("reportId")).toList();
    }

    static Map<String, Object> single(Api.Reply reply) {
        List<Map<String, Object>> items = list(reply.json().get("items"));
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldErrors(Api.Reply reply) {
        Map<String, String> errors = new java.util.HashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) reply.json().get("errors")) {
            errors.put((String) e.get("field"), (String) e.get("message"));
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
