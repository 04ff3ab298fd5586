package vn.lantoa.platform.health;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's listening sockets, as Micronaut opens them, so that a stop can close them before anything else: new
 * connections are then refused (which a balancer such as nginx retries on another instance, a POST included, since
 * nothing was sent) while the connections already open are served to the end of the drain.
 */
@Singleton
class ListeningSockets implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final List<Channel> listening = new CopyOnWriteArrayList<>();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer());
        return event.getBean();
    }

    /** Closes every listening socket and waits until each is closed (a few milliseconds). */
    void close() {
        for (Channel channel : listening) {
            channel.close().syncUninterruptibly();
        }
    }

    private final class Customizer implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            if (role == ChannelRole.LISTENER) {
                listening.add(channel);
                channel.closeFuture().addListener(closed -> listening.remove(channel));
            }
            return this;
        }
    }
}
