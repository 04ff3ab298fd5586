package vn.lantoa.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.RouteTemplate;

import java.util.ArrayList;
import java.util.List;

/** http.server.requests' uri tag without the variables' patterns: "/{site}/tin/{slug}", readable on a dashboard. */
@Singleton
class RouteTags implements MeterFilter {

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().equals("http.server.requests")) {
            return id;
        }
        String uri = id.getTag("uri");
        if (uri == null || uri.indexOf(':') < 0) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        for (Tag tag : id.getTagsAsIterable()) {
            tags.add(tag.getKey().equals("uri") ? Tag.of("uri", RouteTemplate.plain(uri)) : tag);
        }
        return id.replaceTags(tags);
    }
}
