package vn.lantoa.press.releases;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP relay in front of the test's GreenMail that refuses, as a real server does, the recipients whose address
 * starts with a prefix: "550 5.1.1 ... User unknown" to their RCPT; everything else passes through to GreenMail.
 */
final class RefusingSmtpProxy implements AutoCloseable {

    static final String REFUSED_PREFIX = "refuse-";

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;

    RefusingSmtpProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "refusing-smtp-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay(client), "refusing-smtp-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(upstreamHost, upstreamPort)) {
            OutputStream toClient = client.getOutputStream();
            OutputStream toUpstream = upstream.getOutputStream();
            Thread back = new Thread(() -> pump(upstream, toClient), "refusing-smtp-proxy-back");
            back.setDaemon(true);
            back.start();
            InputStream in = new BufferedInputStream(client.getInputStream());
            boolean data = false;
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.ISO_8859_1).strip();
                if (data) {
                    data = !text.equals(".");
                } else if (text.toUpperCase(Locale.ROOT).startsWith("RCPT TO:") && text.toLowerCase(Locale.ROOT).contains("<" + REFUSED_PREFIX)) {
                    synchronized (toClient) {
                        toClient.write(("550 5.1.1 " + text.substring(8).strip() + ": Recipient address rejected: User unknown in virtual mailbox table\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                    }
                    continue;
                } else if (text.equalsIgnoreCase("DATA")) {
                    data = true;
                }
                toUpstream.write(line);
                toUpstream.flush();
            }
        } catch (IOException e) {
            // The client or GreenMail closed the connection: this relay ends with it.
        }
    }

    private static void pump(Socket from, OutputStream to) {
        try {
            InputStream in = from.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
            if (b == '\n') {
                return out.toByteArray();
            }
        }
        return out.size() == 0 ? null : out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
