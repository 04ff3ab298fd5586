package vn.lantoa.platform.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.lantoa.testing.RawHttp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads over the server's limit from clients that write the whole body before they read anything. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "8MB")
// Without the guard the writing client hangs until the server's idle timeout: fail in a minute, not five.
@Timeout(60)
class OversizedRequestTest {

    private static final int THIRTY_MB = 30 * 1024 * 1024;

    @Inject
    EmbeddedServer server;

    @Test
    void aClientThatSendsThirtyMegabytesBeforeReadingGetsA413PromptlyAndTheConnectionEnds() throws IOException {
        long start = System.nanoTime();
        Written written = post("/admin/u/1/files", "text/html", THIRTY_MB);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        assertThat(written.sent()).as("the whole body went out").isEqualTo(THIRTY_MB);
        assertThat(written.response().status()).isEqualTo(413);
        assertThat(written.response().timedOut()).isFalse();
        assertThat(written.response().header("Connection")).isEqualToIgnoringCase("close");
        assertThat(new String(written.response().body(), StandardCharsets.UTF_8)).contains("vượt quá dung lượng cho phép");
        assertThat(seconds).as("seconds until the answer").isLessThan(15);
    }

    @Test
    void anApiClientGetsTheStableCode() throws IOException {
        Written written = post("/api/v1/units/1/files", "application/json", 12 * 1024 * 1024);

        assertThat(written.response().status()).isEqualTo(413);
        assertThat(new String(written.response().body(), StandardCharsets.UTF_8)).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aRequestWithinTheLimitIsHandledAsBefore() throws IOException {
        Written written = post("/admin/u/1/files", "text/html", 1024 * 1024);

        // Nobody signed in: the usual answer, a redirect to the sign-in page.
        assertThat(written.response().status()).isEqualTo(303);
    }

    private record Written(long sent, RawHttp.Response response) {
    }

    /** Writes the whole multipart body first, then reads, as many HTTP libraries do. */
    private Written post(String path, String accept, int size) throws IOException {
        String boundary = "lantoa-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + (long) size + tail.length;
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(head);
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            while (sent < size) {
                int n = (int) Math.min(chunk.length, size - sent);
                out.write(chunk, 0, n);
                sent += n;
            }
            out.write(tail);
            out.flush();
            return new Written(sent, RawHttp.read(socket.getInputStream()));
        }
    }
}
