package vn.lantoa.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One POST of a delivery: the JSON body, signed (see {@link WebhookSignature}), with short timeouts and no redirects
 * followed (a redirect could lead to an address the check refused). A 2xx answer delivers; anything else, or no answer,
 * is an attempt to repeat. Only the first characters of the answer are read, for the delivery log.
 */
@Singleton
class WebhookSender {

    static final String USER_AGENT = "Lantoa-Webhook/1";
    static final int RESPONSE_EXCERPT = 1000;

    /** What one attempt gave: the status (null when no answer came), how long it took, and the error or the answer's start. */
    record Outcome(@Nullable Integer status, int durationMs, @Nullable String error, @Nullable String response) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookUrls urls;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    WebhookSender(WebhookUrls urls, Clock clock, @Value("${lantoa.webhook.timeout:10s}") Duration timeout) {
        this.urls = urls;
        this.clock = clock;
        this.timeout = timeout;
        // HTTP/1.1: a plain-http receiver is not asked to upgrade, and every integration's server speaks it.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : timeout).build();
    }

    Outcome send(String url, String secret, String eventType, long deliveryId, byte[] body) {
        long started = System.nanoTime();
        URI uri = URI.create(url);
        String refused = urls.refusal(uri);
        if (refused != null) {
            return new Outcome(null, 0, refused.startsWith("?") ? "Không tìm thấy máy chủ " + refused.substring(1)
                    : "Địa chỉ nội bộ " + refused + " bị từ chối", null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("Lantoa-Event", eventType)
                .header("Lantoa-Delivery", String.valueOf(deliveryId))
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> new FirstBytes(RESPONSE_EXCERPT));
        try {
            // The request's timeout ends at the headers; this bounds the body too, however slowly it comes.
            HttpResponse<byte[]> response = future.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            String excerpt = new String(response.body(), StandardCharsets.UTF_8).strip();
            return new Outcome(response.statusCode(), elapsed(started), null, excerpt.isEmpty() ? null : excerpt);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(null, elapsed(started), "Hết thời gian chờ (" + timeout.toSeconds() + " giây)", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof HttpTimeoutException ? "Hết thời gian chờ (" + timeout.toSeconds() + " giây)"
                    : cause instanceof java.net.ConnectException ? "Không kết nối được: " + cause.getClass().getSimpleName()
                    : cause instanceof IOException ? "Lỗi kết nối: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                    : String.valueOf(cause);
            return new Outcome(null, elapsed(started), why, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), "Bị ngắt", null);
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** The first max bytes of an answer; the rest is not read. */
    private static final class FirstBytes implements HttpResponse.BodySubscriber<byte[]> {

        private final int max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        FirstBytes(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                int take = Math.min(buffer.remaining(), max - bytes.size());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                bytes.write(chunk, 0, take);
                if (bytes.size() >= max) {
                    result.complete(bytes.toByteArray());
                    subscription.cancel();
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!result.isDone()) {
                result.completeExceptionally(throwable);
            }
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
