package vn.lantoa.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.ChannelPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every text a request carries reaches Lantoa composed (Unicode NFC): query strings, url-encoded form bodies, JSON
 * and plain-text bodies are normalised as they come off the wire, before routing, binding or the CSRF check. Some
 * keyboards and files send Vietnamese with decomposed tone marks ("ơ" + U+0300 instead of "ờ"); stored that way a
 * name looks the same but is another string to the database, to search and to sorting. Doing it here means no form,
 * API record or hand-parsed body can forget it. Multipart parts and bodies over {@link #MAX_BUFFERED} pass through
 * as sent; their text fields go through {@code VietnameseText}, which composes too.
 */
@Singleton
class ComposedInput extends ConnectionPipeline {

    /** Forms and JSON are small; a larger body is streamed on untouched rather than held in memory. */
    static final int MAX_BUFFERED = 4 * 1024 * 1024;

    @Override
    protected void install(ChannelPipeline pipeline) {
        if (pipeline.get("lantoa-composed-input") == null) {
            pipeline.addAfter(HTTP_CODEC, "lantoa-composed-input", new Handler());
        }
    }

    /** What kind of body a request has, as far as composing it goes. */
    enum BodyKind {
        NONE, FORM, TEXT;

        static BodyKind of(HttpRequest request) {
            String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
            if (type == null) {
                return NONE;
            }
            String t = type.toLowerCase(Locale.ROOT);
            int semicolon = t.indexOf(';');
            String mime = (semicolon < 0 ? t : t.substring(0, semicolon)).strip();
            if (semicolon >= 0 && t.contains("charset=") && !t.contains("charset=utf-8") && !t.contains("charset=\"utf-8\"")) {
                return NONE;
            }
            if (mime.equals("application/x-www-form-urlencoded")) {
                return FORM;
            }
            if (mime.equals("application/json") || mime.endsWith("+json") || mime.equals("text/plain")) {
                return TEXT;
            }
            return NONE;
        }
    }

    /** One per connection; holds at most one request's body at a time, so requests keep their order. */
    static final class Handler extends ChannelInboundHandlerAdapter {

        private HttpRequest held;
        private BodyKind heldKind;
        private CompositeByteBuf body;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (held != null) {
                if (msg instanceof HttpContent content) {
                    collect(ctx, content);
                } else {
                    passThroughHeld(ctx);
                    ctx.fireChannelRead(msg);
                }
                return;
            }
            if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
                request.setUri(composeUri(request.uri()));
                BodyKind kind = BodyKind.of(request);
                if (msg instanceof FullHttpRequest full) {
                    ctx.fireChannelRead(kind == BodyKind.NONE ? full : composed(full, kind));
                    return;
                }
                long length = HttpUtil.getContentLength(request, -1L);
                if (kind != BodyKind.NONE && length > 0 && length <= MAX_BUFFERED && !HttpUtil.is100ContinueExpected(request)) {
                    held = request;
                    heldKind = kind;
                    body = ctx.alloc().compositeBuffer(1024);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }

        private void collect(ChannelHandlerContext ctx, HttpContent content) {
            if (!content.decoderResult().isSuccess() || body.readableBytes() + content.content().readableBytes() > MAX_BUFFERED) {
                passThroughHeld(ctx);
                ctx.fireChannelRead(content);
                return;
            }
            body.addComponent(true, content.content().retain());
            boolean last = content instanceof LastHttpContent;
            content.release();
            if (last) {
                FullHttpRequest full = new DefaultFullHttpRequest(held.protocolVersion(), held.method(), held.uri(), body, held.headers(),
                        EmptyHttpHeaders.INSTANCE);
                BodyKind kind = heldKind;
                held = null;
                body = null;
                ctx.fireChannelRead(composed(full, kind));
            }
        }

        /** Sends on what was held as it came: the request line and headers, then the body read so far. */
        private void passThroughHeld(ChannelHandlerContext ctx) {
            HttpRequest request = held;
            CompositeByteBuf sofar = body;
            held = null;
            body = null;
            ctx.fireChannelRead(request);
            if (sofar.isReadable()) {
                ctx.fireChannelRead(new DefaultHttpContent(sofar));
            } else {
                sofar.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            drop();
            ctx.fireChannelInactive();
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            drop();
        }

        private void drop() {
            if (body != null) {
                ReferenceCountUtil.release(body);
            }
            body = null;
            held = null;
        }
    }

    /** The same request with its body composed; the request itself when there was nothing to change. */
    static FullHttpRequest composed(FullHttpRequest request, BodyKind kind) {
        String text = strictUtf8(request.content());
        if (text == null) {
            return request;
        }
        String composed = kind == BodyKind.FORM ? composeForm(text) : VietnameseText.composed(text);
        if (composed.equals(text)) {
            return request;
        }
        byte[] bytes = composed.getBytes(StandardCharsets.UTF_8);
        FullHttpRequest copy = request.replace(Unpooled.wrappedBuffer(bytes));
        request.release();
        copy.headers().set(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return copy;
    }

    /** The URI with its query's names and values composed; the path is left as sent (routes and slugs are ASCII). */
    static String composeUri(String uri) {
        int q = uri.indexOf('?');
        if (q < 0 || q == uri.length() - 1) {
            return uri;
        }
        int hash = uri.indexOf('#', q);
        String query = hash < 0 ? uri.substring(q + 1) : uri.substring(q + 1, hash);
        String composed = composeForm(query);
        return composed.equals(query) ? uri : uri.substring(0, q + 1) + composed + (hash < 0 ? "" : uri.substring(hash));
    }

    /**
     * A url-encoded form ("a=1&b=2", also a query string) with every name and value composed. Pieces already composed
     * keep their exact bytes; a piece that cannot be decoded is left for the application to refuse.
     */
    static String composeForm(String form) {
        if (form.indexOf('%') < 0 && isAscii(form)) {
            return form;
        }
        StringBuilder out = new StringBuilder(form.length());
        int start = 0;
        while (start <= form.length()) {
            int end = form.indexOf('&', start);
            if (end < 0) {
                end = form.length();
            }
            String pair = form.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq < 0) {
                out.append(composeComponent(pair));
            } else {
                out.append(composeComponent(pair.substring(0, eq))).append('=').append(composeComponent(pair.substring(eq + 1)));
            }
            if (end < form.length()) {
                out.append('&');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String composeComponent(String raw) {
        if (raw.indexOf('%') < 0 && isAscii(raw)) {
            return raw;
        }
        String decoded;
        try {
            decoded = QueryStringDecoder.decodeComponent(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
        String composed = VietnameseText.composed(decoded);
        return composed.equals(decoded) ? raw : URLEncoder.encode(composed, StandardCharsets.UTF_8);
    }

    private static String strictUtf8(ByteBuf content) {
        try {
            ByteBuffer bytes = content.nioBuffer();
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
