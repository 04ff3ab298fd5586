import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exam-day rush on a Sở's public form "Gửi phản ánh, kiến nghị": BENCH_RATE submissions per second for
 * BENCH_SECONDS seconds, at a fixed arrival rate (open loop: a submission leaves at its time whether or not the earlier
 * ones were answered, as citizens do not wait for each other). Each comes from its own client address (X-Forwarded-For,
 * believed because loopback is a trusted proxy for the run), with a text of its own (no duplicate), the form's CSRF
 * cookie and token, an empty honeypot and the consent box ticked; a quarter give an e-mail address (a confirmation mail
 * is queued), half name a school below the Sở.
 * Latency is counted from the moment a submission was due to leave, so a stalled server cannot hide its queue.
 * A submission is accepted when the answer is 200 with a new case code on the confirmation page; anything else is an
 * error, counted by status. Prints a summary and "BENCH accepted=N codes=N" for the script.
 * Usage: BENCH_URL=http://127.0.0.1:18095 BENCH_SITE=so-gddt-dak-lak java Burst.java
 */
public class Burst {

    private static final Pattern CODE = Pattern.compile("id=\"case-code\">(PA-\\d{4}-[2-9A-Z]{4})<");
    private static final Pattern SCHOOL = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern DUPLICATE = Pattern.compile("class=\"banner\" role=\"status\" id=\"sent-note\"");
    private static final String[] QUESTIONS = {
            "Em quên mang căn cước khi làm thủ tục dự thi, xin hỏi em phải làm gì để được vào phòng thi môn Ngữ văn sáng mai?",
            "Thí sinh bị sốt cao tối nay, gia đình xin hỏi thủ tục để được xét đặc cách tốt nghiệp nếu không dự được bài thi tổ hợp.",
            "Em bị mất giấy báo dự thi, điểm thi của em ở trường THPT Buôn Ma Thuột, em cần làm gì để được in lại?",
            "Xin hỏi thí sinh được mang loại máy tính cầm tay nào vào phòng thi môn Toán, và có được mang thước kẻ không?",
            "Phòng chờ ở điểm thi rất nóng và thiếu nước uống, đề nghị Sở chỉ đạo điểm thi bổ sung quạt và nước cho thí sinh.",
            "Trên mạng đang lan truyền ảnh được cho là đề thi môn Ngữ văn, đề nghị Sở kiểm tra và thông tin chính thức.",
            "Xe buýt đưa đón thí sinh huyện Lắk sáng nay đến muộn, xin hỏi thí sinh đến muộn vài phút có được vào phòng thi không?",
            "Xin hỏi thời gian và địa điểm công bố điểm thi tốt nghiệp, và hạn nộp đơn phúc khảo bài thi là ngày nào?"};
    private static final String[] TOPICS = {"THI_CU", "THI_CU", "THI_CU", "THI_CU", "THI_CU", "THI_CU", "AN_TOAN", "CO_SO_VAT_CHAT", "CHE_DO", "KHAC"};

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("BENCH_URL", "http://127.0.0.1:18095");
        String site = System.getenv().getOrDefault("BENCH_SITE", "so-gddt-dak-lak");
        int rate = Integer.parseInt(System.getenv().getOrDefault("BENCH_RATE", "200"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "60"));
        int total = rate * seconds;
        // Each run its own client addresses (the per-address limit stays at its default), e.g. a warm-up before the burst.
        int addressBlock = Integer.parseInt(System.getenv().getOrDefault("BENCH_ADDRESS_BLOCK", "160"));
        String formUrl = base + "/" + site + "/gui-phan-anh";

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "burst-client");
                    t.setDaemon(true);
                    return t;
                })).build();

        // The form as a citizen's browser gets it: the CSRF cookie and the schools below the Sở. An anonymous visitor's
        // token is bound to no session, so each browser would get an equivalent one.
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(formUrl)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("lantoa_csrf="))
                .map(c -> c.substring("lantoa_csrf=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("The form at " + formUrl + " answered " + page.statusCode() + " without a CSRF cookie"));
        List<String> schools = new ArrayList<>();
        Matcher m = SCHOOL.matcher(page.body());
        while (m.find()) {
            schools.add(m.group(1));
        }
        URI post = URI.create(formUrl + "?csrfToken=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        String runTag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        long[] latencies = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Set<String> codes = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(total);
        Random random = new Random(12);
        System.out.printf("Burst: %d submissions/s for %d s to %s (%d schools below), open loop%n", rate, seconds, formUrl, schools.size());

        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 200_000_000L;
        long lagMax = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                lagMax = Math.max(lagMax, -wait);
            }
            String body = form(i, runTag, random, schools);
            String address = "14." + (addressBlock + (i >> 16)) + "." + ((i >> 8) & 255) + "." + (i & 255);
            HttpRequest request = HttpRequest.newBuilder(post).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Accept", "text/html")
                    .header("Cookie", "lantoa_csrf=" + csrf).header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int index = i;
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    errors.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                } else if (r.statusCode() == 200) {
                    Matcher code = CODE.matcher(r.body());
                    if (!code.find()) {
                        errors.computeIfAbsent("200 without a case code", k -> new AtomicInteger()).incrementAndGet();
                    } else if (DUPLICATE.matcher(r.body()).find()) {
                        duplicates.incrementAndGet();
                        errors.computeIfAbsent("200 as a duplicate", k -> new AtomicInteger()).incrementAndGet();
                    } else {
                        accepted.incrementAndGet();
                        codes.add(code.group(1));
                    }
                } else {
                    errors.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                }
                done.countDown();
            });
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        boolean finished = done.await(120, TimeUnit.SECONDS);
        double allSeconds = (System.nanoTime() - start) / 1e9;

        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum() + (int) done.getCount();
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("sent      %d in %.1f s (%.0f/s; the sender fell behind its schedule by at most %.0f ms)%n", total, sendSeconds,
                total / sendSeconds, lagMax / 1e6);
        System.out.printf("accepted  %d (distinct case codes: %d)%n", accepted.get(), codes.size());
        System.out.printf("errors    %d%s%n", errorCount, errors.isEmpty() && finished ? "" : " " + new TreeMap<>(errors)
                + (finished ? "" : ", " + done.getCount() + " unanswered after 120 s"));
        System.out.printf("latency   p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (from each submission's due time)%n",
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.out.printf("all answered %.1f s after the first was sent%n", allSeconds);
        System.out.printf("BENCH accepted=%d codes=%d errors=%d%n", accepted.get(), codes.size(), errorCount);
        System.exit(0);
    }

    private static String form(int i, String runTag, Random random, List<String> schools) {
        String question = QUESTIONS[i % QUESTIONS.length];
        StringBuilder sb = new StringBuilder();
        add(sb, "topic", TOPICS[random.nextInt(TOPICS.length)]);
        add(sb, "school", schools.isEmpty() || i % 2 == 1 ? "" : schools.get(random.nextInt(schools.size())));
        // Each text its own: the desk stores the same text to the same unit only once a day.
        add(sb, "message", "Thí sinh số báo danh 4700" + String.format("%05d", i) + " (" + runTag + "): " + question);
        add(sb, "name", i % 3 == 0 ? "" : "Thí sinh " + (i + 1));
        add(sb, "phone", i % 2 == 0 ? "09" + String.format("%08d", 12_000_000 + i) : "");
        add(sb, "email", i % 4 == 0 ? "thisinh" + i + "@example.com" : "");
        add(sb, "consent", "yes");
        add(sb, "website", "");
        return sb.toString();
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (!sb.isEmpty()) {
            sb.append('&');
        }
        sb.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
