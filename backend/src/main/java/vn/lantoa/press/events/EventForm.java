package vn.lantoa.press.events;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The posted event form, with the repeated fields of its multi-selects kept. */
record EventForm(Map<String, List<String>> values) {

    static EventForm parse(String body) {
        if (body == null || body.isEmpty()) {
            return new EventForm(Map.of());
        }
        return new EventForm(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters());
    }

    private String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    EventInput input() {
        return new EventInput(one("kind"), one("title"), one("startsOn"), one("startsAt"), one("endsOn"), one("endsAt"), one("place"),
                one("description"), one("pressGuests"), one("results"), all("memberIds"), all("contactIds"), all("fileIds"), all("clippingIds"),
                one("links"), one("version"));
    }
}
