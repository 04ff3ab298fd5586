package vn.lantoa.platform.health;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.ConnectionPipeline;

/**
 * While the instance drains, each request is taken as if its client had said "Connection: close": the answer says so
 * and the connection closes after it (Micronaut's routes and the public fast path alike), so the load balancer opens
 * its next connection to another instance instead of reusing one that is about to close.
 * <p>
 * An answer written during the drain to a request that came in before it says "Connection: close" too. Without that,
 * a slow request's connection went back to the balancer's pool late in the drain and could still be there, idle, when
 * the graceful shutdown closed it: a POST the balancer sent on it at that moment was lost (502, never retried). With
 * it, every connection the balancer keeps was last used before the drain began, and it closes those itself once they
 * have been idle for its keep-alive timeout, which is shorter than the drain.
 */
@Singleton
class DrainingConnections extends ConnectionPipeline {

    /** Set on a connection whose answer, begun during the drain, said "Connection: close". */
    private static final AttributeKey<Boolean> CLOSE_AFTER_ANSWER = AttributeKey.valueOf("lantoa-close-after-answer");

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
    private final class Handler extends ChannelDuplexHandler {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && drain.isDraining()) {
                request.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            // "100 Continue" is not the answer: the request's body and its answer still follow on this connection.
            if (msg instanceof HttpResponse response && drain.isDraining() && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.channel().attr(CLOSE_AFTER_ANSWER).set(Boolean.TRUE);
            }
            if (msg instanceof LastHttpContent && Boolean.TRUE.equals(ctx.channel().attr(CLOSE_AFTER_ANSWER).get())) {
                // What the answer says, the connection does once the answer's last byte is written.
                ctx.write(msg, promise.unvoid()).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.write(msg, promise);
        }
    }
}
