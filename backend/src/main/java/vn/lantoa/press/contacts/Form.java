package vn.lantoa.press.contacts;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A posted form with repeated fields kept (the contacts chosen to add to a list come one value each). */
record Form(Map<String, List<String>> values) {

    static Form parse(String body) {
        if (body == null || body.isEmpty()) {
            return new Form(Map.of());
        }
        return new Form(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 20_000).parameters());
    }

    String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    ContactInput contact() {
        return new ContactInput(one("outletId"), one("fullName"), one("beat"), one("position"), one("phone"), one("email"), one("note"),
                one("active") == null ? "false" : one("active"), one("version"));
    }

    OutletInput outlet() {
        return new OutletInput(one("name"), one("kind"), one("scope"), one("website"), one("email"), one("phone"), one("version"));
    }

    ListInput list() {
        return new ListInput(one("name"), one("description"), one("sharedDown"), one("version"));
    }
}
