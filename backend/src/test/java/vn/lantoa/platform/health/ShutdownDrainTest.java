package vn.lantoa.platform.health;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.TestServers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping an instance finishes what it is doing: a request in flight when the application context closes is answered
 * 200 and its row is stored, and during the drain period readiness says 503 while requests are still served.
 */
class ShutdownDrainTest {

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRequestInFlightWhenTheInstanceStopsIsAnsweredAndStored() throws Exception {
        EmbeddedServer server = start("0s");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<HttpResponse<String>> inFlight = post(server, tag);
        assertThat(SlowRequestController.entered.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.getApplicationContext().close());
        // The port closes first (no new connection), while the request in flight keeps its connection and the pool.
        await().atMost(Duration.ofSeconds(20)).until(() -> refused(server));
        SlowRequestController.release.countDown();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("stored");
        stopping.get(60, TimeUnit.SECONDS);
        assertThat(TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Lưu trong lúc dừng " + tag + "'")).isEqualTo("1");
    }

    @Test
    void duringTheDrainReadinessIsDownAndEveryAnswerClosesItsConnectionEvenForARequestThatCameBefore() throws Exception {
        EmbeddedServer server = start("10s");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<HttpResponse<String>> inFlight = post(server, tag);
        assertThat(SlowRequestController.entered.await(30, TimeUnit.SECONDS)).isTrue();
        // Ready before the stop (the first check also warms up the database and bucket indicators).
        assertThat(get(server, "/health/readiness").statusCode()).isEqualTo(200);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.getApplicationContext().close());
        await().atMost(Duration.ofSeconds(9)).until(() -> get(server, "/health/readiness").statusCode() == 503);
        HttpResponse<String> liveness = get(server, "/health/liveness");
        assertThat(liveness.statusCode()).as("still serving while the balancer takes it out").isEqualTo(200);
        assertThat(liveness.headers().firstValue("Connection")).hasValue("close");
        SlowRequestController.release.countDown();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        // It arrived before the drain, but its answer was written during it: a balancer must not keep that connection either.
        assertThat(answer.headers().firstValue("Connection")).hasValue("close");
        stopping.get(60, TimeUnit.SECONDS);
        assertThat(TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Lưu trong lúc dừng " + tag + "'")).isEqualTo("1");
    }

    @Test
    void onSigtermThePortStaysOpenForTheDrainAndAnIdleInstanceThenStopsAtOnceWithAKeepAliveConnectionOpen() throws Exception {
        // A generous timeout, so that waiting for it could not pass for a prompt stop.
        EmbeddedServer server = start("3s", "60s");
        try (Socket idle = new Socket(server.getHost(), server.getPort())) {
            // As a load balancer does: one request answered, and the connection kept for the next one.
            idle.getOutputStream().write(("GET /health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            idle.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(idle.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(answer.readLine()).isEqualTo("HTTP/1.1 200 OK");

            // What Micronaut's SIGTERM hook does: stop the embedded server (which then stops the context).
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            // The port still takes new connections during the drain, so the balancer's health check sees 503, not a refusal.
            await().atMost(Duration.ofSeconds(3)).until(() -> get(server, "/health/readiness").statusCode() == 503);
            await().atMost(Duration.ofSeconds(15)).until(stopping::isDone);
            assertThat(stopping).isCompleted();
            assertThat(server.getApplicationContext().isRunning()).isFalse();
        }
    }

    @Test
    void behindNginxThePortRefusesNewConnectionsAsTheDrainBeginsWhileAnOpenOneIsServedAndThenClosed() throws Exception {
        EmbeddedServer server = start("10s", "30s", true);
        try (Socket open = new Socket(server.getHost(), server.getPort())) {
            open.setSoTimeout(20_000);
            BufferedReader answers = new BufferedReader(new InputStreamReader(open.getInputStream(), StandardCharsets.US_ASCII));
            // A connection the balancer opened before the stop and keeps in its pool.
            assertThat(exchange(open, answers)).contains("HTTP/1.1 200 OK").doesNotContainIgnoringCase("connection: close");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            // Refused at once, so nginx sends the next request (a POST too) to another instance without having sent it here.
            await().atMost(Duration.ofSeconds(5)).until(() -> refused(server));
            assertThat(stopping).isNotDone();

            // The open connection is still served, and its answer closes it: it never goes back to the balancer's pool.
            assertThat(exchange(open, answers)).contains("HTTP/1.1 200 OK").containsIgnoringCase("connection: close");
            assertThat(answers.read()).as("the connection is closed after that answer").isEqualTo(-1);
            stopping.get(60, TimeUnit.SECONDS);
        }
    }

    /** One GET of /health/liveness on a raw connection; the status line and headers of the answer, its body read too. */
    private static String exchange(Socket socket, BufferedReader answers) throws IOException {
        socket.getOutputStream().write("GET /health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        StringBuilder head = new StringBuilder();
        int length = 0;
        for (String line = answers.readLine(); line != null && !line.isEmpty(); line = answers.readLine()) {
            head.append(line).append('\n');
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        for (int i = 0; i < length; i++) {
            answers.read();
        }
        return head.toString();
    }

    private static EmbeddedServer start(String drain) {
        return start(drain, "30s");
    }

    private static EmbeddedServer start(String drain, String timeout) {
        return start(drain, timeout, false);
    }

    private static EmbeddedServer start(String drain, String timeout, boolean refuseNewConnections) {
        SlowRequestController.entered = new CountDownLatch(1);
        SlowRequestController.release = new CountDownLatch(1);
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "lantoa.test.slow-request", true,
                "lantoa.shutdown.drain", drain, "lantoa.shutdown.timeout", timeout, "lantoa.shutdown.refuse-new-connections", refuseNewConnections), "test");
    }

    private CompletableFuture<HttpResponse<String>> post(EmbeddedServer server, String tag) {
        return http.sendAsync(HttpRequest.newBuilder(server.getURI().resolve("/api/test-slow/" + tag)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(EmbeddedServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean refused(EmbeddedServer server) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()), 1000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
