package vn.lantoa.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id, in the MDC as "requestId" for the log lines written while it is handled (Micronaut carries
 * the MDC across its thread hops) and in the answer's X-Request-Id. A trusted proxy's X-Request-Id is kept, so the
 * balancer's log and ours name the same request; anyone else's is replaced. With LANTOA_LOG_FORMAT=json one access line
 * per request is logged too (logger vn.lantoa.access): method, route template, status, milliseconds.
 */
@ServerFilter("/**")
class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ID = "lantoa.request-id";
    private static final String STARTED = "lantoa.request-started";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("vn.lantoa.access");

    private final ClientAddress clients;
    private final boolean accessLog;

    RequestIdFilter(ClientAddress clients, @Value("${lantoa.log.format:text}") String format) {
        this.clients = clients;
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalStateException("LANTOA_LOG_FORMAT must be text or json, not " + format);
        }
        this.accessLog = format.equals("json");
    }

    @Override
    public int getOrder() {
        // Before security and everything else: a refused request has an id too.
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    void onRequest(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = idOf(request.getHeaders().get(HEADER), clients.fromTrustedProxy(request));
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void onResponse(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID, String.class).orElse(null);
        if (id == null) {
            return;
        }
        response.header(HEADER, id);
        if (accessLog && ACCESS.isInfoEnabled()) {
            long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
            long millis = (System.nanoTime() - started) / 1_000_000;
            String route = RouteTemplate.of(request);
            // The request id comes with the MDC that Micronaut restores around each filter (the test checks it does).
            ACCESS.atInfo().addKeyValue("method", request.getMethodName()).addKeyValue("route", route)
                    .addKeyValue("status", response.code()).addKeyValue("millis", millis)
                    .log("{} {} {} {}ms", request.getMethodName(), route, response.code(), millis);
        }
    }

    /** The proxy's id when it is one we trust and the id is a short plain token; otherwise a new random one. */
    static String idOf(String offered, boolean fromTrustedProxy) {
        if (fromTrustedProxy && offered != null && SAFE.matcher(offered).matches()) {
            return offered;
        }
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }
}
