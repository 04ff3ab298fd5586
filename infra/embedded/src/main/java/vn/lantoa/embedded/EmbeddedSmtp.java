package vn.lantoa.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A real SMTP server (GreenMail) on loopback. Mail the application sends arrives here over the SMTP
 * protocol, so tests read what a recipient would read and the default run can show the outbox.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private final GreenMail greenMail;
    private final List<Consumer<MimeMessage>> listeners = new CopyOnWriteArrayList<>();

    private EmbeddedSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler standard = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, to) -> {
            GreenMailUser user = standard.handle(message, to);
            listeners.forEach(listener -> listener.accept(message.getMessage()));
            return user;
        });
    }

    public static EmbeddedSmtp start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return new EmbeddedSmtp(greenMail);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Hands each message to the listener as it arrives, on the server's thread, once per recipient: a reader of new mail
     * then need not ask {@link #received()}, which walks every mailbox the server holds.
     */
    public void onArrival(Consumer<MimeMessage> listener) {
        listeners.add(listener);
    }

    /** Waits until at least {@code count} messages arrived in total; false when the time ran out. */
    public boolean awaitTotal(int count, long timeoutMillis) {
        // GreenMail wakes the waiting thread as each message is stored: no polling.
        return greenMail.waitForIncomingEmail(timeoutMillis, count);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
