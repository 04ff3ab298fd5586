package vn.lantoa.unit.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An authoritative DNS server on 127.0.0.1 over UDP that knows TXT records only: enough for Lantoa's resolver to
 * ask a real DNS question and read a real answer, without the network. Unknown names get NXDOMAIN.
 */
final class TinyDnsServer implements AutoCloseable {

    private static final int TXT = 16;
    private static final int ANY = 255;

    private final DatagramSocket socket;
    private final Map<String, List<String>> records = new ConcurrentHashMap<>();

    TinyDnsServer() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        Thread thread = new Thread(this::serve, "tiny-dns");
        thread.setDaemon(true);
        thread.start();
    }

    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    void txt(String name, String... values) {
        records.put(name.toLowerCase(Locale.ROOT), List.of(values));
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] reply = answer(Arrays.copyOf(packet.getData(), packet.getLength()));
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private byte[] answer(byte[] query) {
        StringBuilder name = new StringBuilder();
        int pos = 12;
        while (query[pos] != 0) {
            int length = query[pos] & 0xff;
            name.append(name.length() == 0 ? "" : ".").append(new String(query, pos + 1, length, StandardCharsets.US_ASCII));
            pos += length + 1;
        }
        pos++;
        int type = ((query[pos] & 0xff) << 8) | (query[pos + 1] & 0xff);
        int questionEnd = pos + 4;
        List<String> values = records.get(name.toString().toLowerCase(Locale.ROOT));
        List<String> answers = values != null && (type == TXT || type == ANY) ? values : List.of();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(0x84 | (query[2] & 0x01));           // a response, authoritative, recursion desired as asked
        out.write(0x80 | (values == null ? 3 : 0));    // recursion available; NXDOMAIN for unknown names
        short16(out, 1);
        short16(out, answers.size());
        short16(out, 0);
        short16(out, 0);
        out.write(query, 12, questionEnd - 12);
        for (String value : answers) {
            byte[] text = value.getBytes(StandardCharsets.UTF_8);
            out.write(0xc0);                            // the name: a pointer to the question's
            out.write(12);
            short16(out, TXT);
            short16(out, 1);
            short16(out, 0);
            short16(out, 30);                           // TTL
            short16(out, text.length + 1);
            out.write(text.length);
            out.write(text, 0, text.length);
        }
        return out.toByteArray();
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xff);
        out.write(value & 0xff);
    }

    @Override
    public void close() {
        socket.close();
    }
}
