package vn.lantoa.site;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import vn.lantoa.platform.publication.PageCache;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.ConnectionPipeline;
import vn.lantoa.platform.web.Gzip;
import vn.lantoa.platform.web.SecurityHeadersFilter;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The first stop of every HTTP/1 request, on the Netty event loop, before Micronaut routes it.
 * <ul>
 * <li>A unit with its own host name: "/tin/x" on that host becomes "/{slug}/tin/x", so one set of routes serves
 * both addresses.</li>
 * <li>A public page already rendered is answered from the page cache right here, with its ETag (and a 304 when the
 * browser has it): no routing, no filters, no thread hop. That is what makes a school's home page nearly as cheap
 * as a static file.</li>
 * <li>The host name of a closed unit whose admin chose to redirect it answers every site address with a 301 to the
 * successor's site (Lantoa's own paths, such as /admin, are left alone).</li>
 * </ul>
 * Headers that only this handler may set are removed from what the client sent.
 */
@Singleton
class PublicFastPath extends ConnectionPipeline {

    static final String SITE_HOST = "X-Lantoa-Site-Host";
    static final String PAGE_KEY = "X-Lantoa-Page-Key";

    private final PageCache cache;
    private final Provider<SiteDirectory> directory;
    private final ClientAddress clients;

    PublicFastPath(PageCache cache, Provider<SiteDirectory> directory, ClientAddress clients) {
        this.cache = cache;
        this.directory = directory;
        this.clients = clients;
    }

    @Override
    protected void install(ChannelPipeline pipeline) {
        String last = pipeline.lastContext() == null ? null : pipeline.lastContext().name();
        if (last != null) {
            pipeline.addBefore(last, "lantoa-public-fast-path", new Handler());
        }
    }

    /** One per connection: it tracks whether a response is still owed, so answers stay in request order. */
    private final class Handler extends ChannelDuplexHandler {

        private int inFlight;
        private boolean discardingBody;
        private Boolean tls;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                HttpHeaders headers = request.headers();
                headers.remove(SITE_HOST);
                headers.remove(PAGE_KEY);
                String redirect = inFlight == 0 ? redirectFor(request) : null;
                if (redirect != null) {
                    movedPermanently(ctx, request, redirect);
                    discardingBody = !(msg instanceof LastHttpContent);
                    ReferenceCountUtil.release(msg);
                    return;
                }
                String host = rewriteForHost(request);
                String key = (host == null ? "" : host) + "|" + request.uri();
                boolean readable = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
                if (readable) {
                    headers.set(PAGE_KEY, key);
                    PageCache.Entry page = inFlight == 0 ? cache.get(key) : null;
                    if (page != null) {
                        answer(ctx, request, page);
                        discardingBody = !(msg instanceof LastHttpContent);
                        ReferenceCountUtil.release(msg);
                        return;
                    }
                }
                inFlight++;
            } else if (discardingBody && msg instanceof HttpContent) {
                discardingBody = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                return;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            boolean informational = msg instanceof HttpResponse r && r.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL;
            if (msg instanceof LastHttpContent && !informational && inFlight > 0) {
                inFlight--;
            }
            ctx.write(msg, promise);
        }

        private boolean arrivedOverHttps(ChannelHandlerContext ctx, HttpRequest request) {
            if (tls == null) {
                tls = ctx.pipeline().get(SslHandler.class) != null;
            }
            InetAddress peer = ctx.channel().remoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
            return clients.arrivedOverHttps(peer, tls, name -> request.headers().getAll(name));
        }

        /** The successor's site, when this request is for a redirecting closed unit's host and not for one of Lantoa's own paths. */
        private String redirectFor(HttpRequest request) {
            String target = directory.get().redirectForHost(request.headers().get(HttpHeaderNames.HOST));
            return target == null || SiteRoutes.isLantoaPath(firstSegment(request.uri())) ? null : target;
        }

        private void movedPermanently(ChannelHandlerContext ctx, HttpRequest request, String location) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.MOVED_PERMANENTLY, Unpooled.EMPTY_BUFFER);
            HttpHeaders h = response.headers();
            h.set(HttpHeaderNames.LOCATION, location);
            h.set(HttpHeaderNames.CONTENT_LENGTH, 0);
            h.set(HttpHeaderNames.DATE, HttpDates.now());
            h.set(HttpHeaderNames.CACHE_CONTROL, "public, max-age=3600");
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (!keepAlive) {
                h.set(HttpHeaderNames.CONNECTION, "close");
            }
            var future = ctx.writeAndFlush(response);
            if (!keepAlive) {
                future.addListener(ChannelFutureListener.CLOSE);
            }
        }

        private String rewriteForHost(HttpRequest request) {
            String slug = directory.get().slugForHost(request.headers().get(HttpHeaderNames.HOST));
            if (slug == null) {
                return null;
            }
            String uri = request.uri();
            String first = firstSegment(uri);
            if (!first.equals(slug) && !SiteRoutes.isLantoaPath(first)) {
                request.setUri("/" + slug + (uri.startsWith("/") ? uri : "/" + uri));
            }
            request.headers().set(SITE_HOST, request.headers().get(HttpHeaderNames.HOST));
            return request.headers().get(HttpHeaderNames.HOST);
        }

        private void answer(ChannelHandlerContext ctx, HttpRequest request, PageCache.Entry page) {
            boolean gzip = page.gzipBody() != null && request.headers().contains(HttpHeaderNames.ACCEPT_ENCODING)
                    && Gzip.accepted(request.headers().getAll(HttpHeaderNames.ACCEPT_ENCODING));
            byte[] body = gzip ? page.gzipBody() : page.body();
            String etag = gzip ? Gzip.etag(page.etag()) : page.etag();
            boolean notModified = etag.equals(request.headers().get(HttpHeaderNames.IF_NONE_MATCH));
            FullHttpResponse response;
            if (notModified) {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED, Unpooled.EMPTY_BUFFER);
            } else if (request.method() == HttpMethod.HEAD) {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.EMPTY_BUFFER);
                response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            } else {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
                response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            }
            HttpHeaders h = response.headers();
            h.set(HttpHeaderNames.CONTENT_TYPE, page.contentType());
            if (gzip && !notModified) {
                h.set(HttpHeaderNames.CONTENT_ENCODING, "gzip");
            }
            h.set(HttpHeaderNames.ETAG, etag);
            h.set(HttpHeaderNames.LAST_MODIFIED, page.lastModified());
            h.set(HttpHeaderNames.DATE, HttpDates.now());
            SiteRoutes.publicHeaders().forEach(h::set);
            if (arrivedOverHttps(ctx, request)) {
                // The same rule as for pages Micronaut answers: TLS here, or X-Forwarded-Proto from a trusted proxy.
                h.set("Strict-Transport-Security", SecurityHeadersFilter.HSTS);
            }
            if (page.disposition() != null) {
                h.set("Content-Disposition", page.disposition());
            }
            h.set("X-Lantoa-Cache", "hit");
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (!keepAlive) {
                h.set(HttpHeaderNames.CONNECTION, "close");
            }
            var future = ctx.writeAndFlush(response);
            if (!keepAlive) {
                future.addListener(ChannelFutureListener.CLOSE);
            }
        }
    }

    static String firstSegment(String uri) {
        int start = uri.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < uri.length() && uri.charAt(end) != '/' && uri.charAt(end) != '?') {
            end++;
        }
        return uri.substring(start, end);
    }
}
