package vn.lantoa.unit.host;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web servers of the test's host names, all on one port of 127.0.0.1: Lantoa's check is sent here (as to a
 * proxy, with the host in the request), and this answers the files and redirects the test put for that host.
 */
final class TinyWebServer implements AutoCloseable {

    private record Answer(int status, String body, String location) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    TinyWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void file(String host, String path, String body) {
        answers.put(key(host, path), new Answer(200, body, null));
    }

    void redirect(String host, String path, String location) {
        answers.put(key(host, path), new Answer(302, "", location));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestURI().getHost() != null ? exchange.getRequestURI().getHost()
                : exchange.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
        Answer answer = answers.getOrDefault(key(host, exchange.getRequestURI().getPath()), new Answer(404, "Not Found", null));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String key(String host, String path) {
        return host.toLowerCase(Locale.ROOT) + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
