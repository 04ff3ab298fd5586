package vn.lantoa.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * A request that declares a body over micronaut.server.max-request-size is answered 413 here, before Micronaut, and
 * its connection closed once the body has gone by. Micronaut 4 answers such a request at once too, but then stops
 * reading the connection without closing it: a client that writes its whole body before reading (most HTTP
 * libraries, curl with a file) blocks on a full TCP window until the idle timeout, a minute or more, and never sees
 * the answer (micronaut-core#13243, fixed only in Micronaut 5). Here the rest of the body is read and dropped, so the
 * client finishes writing, reads the 413, and the connection ends; a client that waits for "100 Continue" gets the
 * 413 instead and the connection ends at once. A body sent in chunks is counted by Micronaut, which drains it itself.
 */
@Singleton
class OversizedRequests extends ConnectionPipeline {

    /** How long a refused body may take to go by before the connection is closed anyway. */
    private static final long LINGER_SECONDS = 20;

    private final Provider<HttpServerConfiguration> configuration;
    private final Provider<Pages> pages;
    private final Provider<Languages> languages;
    private final Provider<JsonMapper> json;

    OversizedRequests(Provider<HttpServerConfiguration> configuration, Provider<Pages> pages, Provider<Languages> languages,
                      Provider<JsonMapper> json) {
        this.configuration = configuration;
        this.pages = pages;
        this.languages = languages;
        this.json = json;
    }

    @Override
    protected void install(ChannelPipeline pipeline) {
        String last = pipeline.lastContext() == null ? null : pipeline.lastContext().name();
        if (last != null) {
            pipeline.addBefore(last, "lantoa-oversized-requests", new Handler(configuration.get().getMaxRequestSize()));
        }
    }

    /** One per connection. It counts the answers still owed, so a 413 never overtakes an earlier request's answer. */
    private final class Handler extends ChannelDuplexHandler {

        private final long maxBytes;
        private int inFlight;
        private boolean draining;
        private ChannelFuture answered;
        private ScheduledFuture<?> lingering;

        Handler(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (draining) {
                if (msg instanceof LastHttpContent) {
                    answered.addListener(ChannelFutureListener.CLOSE);
                }
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                if (inFlight == 0 && HttpUtil.getContentLength(request, -1L) > maxBytes) {
                    refuse(ctx, request, msg instanceof LastHttpContent);
                    ReferenceCountUtil.release(msg);
                    return;
                }
                inFlight++;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (draining && !ctx.channel().config().isAutoRead()) {
                ctx.read();
            }
            ctx.fireChannelReadComplete();
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            boolean informational = msg instanceof HttpResponse r && r.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            if (msg instanceof LastHttpContent && !informational && inFlight > 0) {
                inFlight--;
            }
            ctx.write(msg, promise);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (lingering != null) {
                lingering.cancel(false);
            }
            super.channelInactive(ctx);
        }

        private void refuse(ChannelHandlerContext ctx, HttpRequest request, boolean bodyDone) {
            boolean json = wantsJson(request);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    Unpooled.wrappedBuffer(json ? jsonBody() : htmlBody()));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, json ? "application/json" : "text/html;charset=utf-8");
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            boolean waitsForContinue = HttpUtil.is100ContinueExpected(request);
            answered = ctx.writeAndFlush(response);
            if (bodyDone || waitsForContinue) {
                answered.addListener(ChannelFutureListener.CLOSE);
                return;
            }
            draining = true;
            lingering = ctx.executor().schedule(() -> {
                ctx.close();
            }, LINGER_SECONDS, TimeUnit.SECONDS);
        }

        private boolean wantsJson(HttpRequest request) {
            String accept = request.headers().get(HttpHeaderNames.ACCEPT, "");
            return request.uri().startsWith("/api/") || accept.contains("json") && !accept.contains("text/html");
        }

        private byte[] jsonBody() {
            try {
                return json.get().writeValueAsBytes(ApiError.of("PAYLOAD_TOO_LARGE", languages.get().vietnamese().t("error.tooLarge")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] htmlBody() {
            Translator vi = languages.get().vietnamese();
            return pages.get().html("error/page", new ErrorPage(vi, HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode(), "error.title.413", "error.tooLarge", null));
        }
    }
}
