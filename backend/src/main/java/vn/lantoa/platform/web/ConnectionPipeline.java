package vn.lantoa.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;

/**
 * Places a handler of ours into every HTTP/1.1 connection's Netty pipeline, once Micronaut has built it: the one way
 * Lantoa steps in before Micronaut's routing (the public fast path, input composition, the early 413).
 */
public abstract class ConnectionPipeline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** Micronaut's name for the HTTP codec in the pipeline; handlers go relative to it or to the last handler. */
    protected static final String HTTP_CODEC = "http-server-codec";

    /** Adds this listener's handler to a connection's pipeline that has the HTTP codec. */
    protected abstract void install(ChannelPipeline pipeline);

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(HTTP_CODEC) != null) {
                install(channel.pipeline());
            }
        }
    }
}
