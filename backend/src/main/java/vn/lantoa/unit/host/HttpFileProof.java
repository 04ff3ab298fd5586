package vn.lantoa.unit.host;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code http://<host>/.well-known/lantoa-verification/<token>} must answer 200 with the token. Redirects are
 * followed only on the same host (http to https is common), the body read is at most {@value #MAX_BODY} bytes, and
 * a host whose addresses are internal (loopback, private, link-local) is not asked: the check must not become a
 * way to probe Lantoa's own network.
 */
@Singleton
class HttpFileProof implements HostProof {

    static final int MAX_BODY = 1024;
    private static final int MAX_REDIRECTS = 3;

    private final HostVerificationSettings settings;
    private final Map<String, InetSocketAddress> overrides;
    private final HttpClient http;

    HttpFileProof(HostVerificationSettings settings) {
        this.settings = settings;
        this.overrides = settings.connectOverrides();
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.getTimeout())
                .proxy(new ConnectTo(overrides))
                .build();
    }

    @Override
    public ProofMethod method() {
        return ProofMethod.HTTP_FILE;
    }

    @Override
    public ProofResult check(String hostName, String token) {
        URI uri = URI.create("http://" + hostName + HostClaim.FILE_PATH + token);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            ProofResult refused = refuseInternal(hostName);
            if (refused != null) {
                return refused;
            }
            Answer answer;
            try {
                answer = fetch(uri);
            } catch (TimeoutException | HttpTimeoutException e) {
                return ProofResult.failed("hostclaim.http.timeout", uri);
            } catch (IOException e) {
                return ProofResult.failed("hostclaim.http.unreachable", uri);
            }
            int status = answer.status();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                URI next = answer.location() == null ? null : resolve(uri, answer.location());
                if (next == null || next.getHost() == null || !hostName.equalsIgnoreCase(next.getHost())
                        || !("http".equalsIgnoreCase(next.getScheme()) || "https".equalsIgnoreCase(next.getScheme()))) {
                    return ProofResult.failed("hostclaim.http.redirectElsewhere", answer.location());
                }
                uri = next;
                continue;
            }
            if (status != 200) {
                return ProofResult.failed("hostclaim.http.status", status + " (" + uri + ")");
            }
            if (answer.body() == null) {
                return ProofResult.failed("hostclaim.http.tooLarge", uri);
            }
            String text = new String(answer.body(), StandardCharsets.UTF_8).strip();
            return text.equals(token) ? ProofResult.ok() : ProofResult.failed("hostclaim.http.wrongContent", uri);
        }
        return ProofResult.failed("hostclaim.http.redirectElsewhere", uri);
    }

    private record Answer(int status, String location, byte[] body) {
    }

    private Answer fetch(URI uri) throws IOException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.getTimeout())
                .header("User-Agent", "Lantoa-host-verification/1").header("Accept", "text/plain, */*").GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> new LimitedBody(MAX_BODY));
        try {
            // The request timeout ends at the headers; this bounds the body too, however slowly it comes.
            HttpResponse<byte[]> response = future.get(settings.getTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Null when every address of the host is public; the reason otherwise. */
    private ProofResult refuseInternal(String hostName) {
        if (overrides.containsKey(hostName.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(hostName)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
                    return ProofResult.failed("hostclaim.http.internalAddress", address.getHostAddress());
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return ProofResult.failed("hostclaim.http.noAddress", hostName);
        }
    }

    /** IPv6 fc00::/7, which InetAddress does not count as site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    /** Test set-ups send a host's check to a local server, which receives it as a proxy would (absolute URI, Host kept). */
    private static final class ConnectTo extends ProxySelector {

        private final Map<String, InetSocketAddress> overrides;

        ConnectTo(Map<String, InetSocketAddress> overrides) {
            this.overrides = overrides;
        }

        @Override
        public List<Proxy> select(URI uri) {
            InetSocketAddress to = uri.getHost() == null ? null : overrides.get(uri.getHost().toLowerCase(Locale.ROOT));
            return List.of(to == null ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, new InetSocketAddress(to.getHostString(), to.getPort())));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // Nothing to fall back to: the check reports the failure.
        }
    }

    /** Collects at most max bytes; a longer body yields null (and stops the transfer). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int max) {
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
                if (bytes.size() + buffer.remaining() > max) {
                    result.complete(null);
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
