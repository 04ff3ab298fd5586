package vn.lantoa.platform.health;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.ConnectionPipeline;

/**
 * While the instance drains, each request is taken as if its client had said "Connection: close": the answer says so
 * and the connection closes after it (Micronaut's routes and the public fast path alike), so the load balancer opens
 * its next connection to another instance instead of reusing one that is about to close.
 */
@Singleton
class DrainingConnections extends ConnectionPipeline {

    private final ShutdownDrain drain;

    DrainingConnections(ShutdownDrain drain) {
        this.drain = drain;
    }

    @Override
    protected void install(ChannelPipeline pipeline) {
        if (pipeline.get("lantoa-draining") == null) {
            pipeline.addAfter(HTTP_CODEC, "lantoa-draining", new Handler());
        }
    }

    @ChannelHandler.Sharable
    private final class Handler extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && drain.isDraining()) {
                request.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            ctx.fireChannelRead(msg);
        }
    }
}
