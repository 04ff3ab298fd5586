package vn.lantoa.platform.web;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;

/**
 * The route a request matched, as written in the controller with the variables' patterns left out: "/{site}/tin/{slug}"
 * rather than the slug rule's long regular expression. Metrics and the access log name routes this way, one name per
 * route, never the address asked for.
 */
public final class RouteTemplate {

    public static final String UNMATCHED = "UNMATCHED_URI";

    private RouteTemplate() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class).map(RouteTemplate::plain).orElse(UNMATCHED);
    }

    /** "{name:pattern}" becomes "{name}"; a pattern may hold braces of its own ("[0-9]{4}"). */
    public static String plain(String template) {
        if (template.indexOf(':') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            int colon = -1;
            while (j < template.length() && depth > 0) {
                char d = template.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1 && colon < 0) {
                    colon = j;
                }
                j++;
            }
            out.append(template, i, colon < 0 ? j : colon).append(colon < 0 ? "" : "}");
            i = j;
        }
        return out.toString();
    }
}
