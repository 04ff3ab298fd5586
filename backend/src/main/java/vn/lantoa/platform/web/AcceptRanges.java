package vn.lantoa.platform.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * A client that accepts a whole type ("Accept: text/*", as some probes, feed readers and older HTTP libraries send)
 * gets the page, not a 406: Micronaut's route selection matches "*&#47;*" and exact types, not a subtype wildcard, so a
 * route producing text/html would be refused to a client that asked for any text. Each route of Lantoa has one
 * meaning whatever the Accept header says (an HTML page, a JSON answer, a file); the header only picks how an error
 * is told. So a request whose Accept has a "type/*" range and no "*&#47;*" gets "*&#47;*" added at the lowest
 * preference: the ranges it named still rank first wherever a choice is made.
 */
@Singleton
class AcceptRanges extends ConnectionPipeline {

    static final String ANY_LAST = "*/*;q=0.001";

    @Override
    protected void install(ChannelPipeline pipeline) {
        if (pipeline.get("lantoa-accept-ranges") == null) {
            pipeline.addAfter(HTTP_CODEC, "lantoa-accept-ranges", new Handler());
        }
    }

    /** The Accept header as Micronaut should see it, or null when it can stay as sent. */
    static String widened(String accept) {
        if (accept == null) {
            return null;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("*/*")) {
            return null;
        }
        for (String range : lower.split(",")) {
            int semicolon = range.indexOf(';');
            String type = (semicolon < 0 ? range : range.substring(0, semicolon)).strip();
            if (type.endsWith("/*")) {
                return accept.strip() + ", " + ANY_LAST;
            }
        }
        return null;
    }

    @ChannelHandler.Sharable
    private static final class Handler extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                String widened = widened(request.headers().get(HttpHeaderNames.ACCEPT));
                if (widened != null) {
                    request.headers().set(HttpHeaderNames.ACCEPT, widened);
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
