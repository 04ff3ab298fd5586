package vn.lantoa.site;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.inject.Singleton;
import vn.lantoa.platform.publication.PublicCachesStale;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which unit a public address belongs to: by the first path segment (its slug) or by the Host header when the
 * unit has its own host name. Kept in memory, dropped when any unit changes; a site request then costs no query
 * to find its unit. A closed unit's site stays as an archive (its pages say whom it merged into); its own host name
 * either keeps serving the archive or, when its admin chose so, redirects to its successor's site.
 */
@Singleton
public class SiteDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(SiteDirectory.class);

    private final UnitRepository units;
    private final LoadingCache<String, Optional<Unit>> bySlug;
    private final LoadingCache<Long, Optional<Unit>> byId;
    private volatile Map<String, String> slugByHost = Map.of();
    private volatile Map<String, String> redirectByHost = Map.of();
    private final String baseUrl;
    private final String hostScheme;

    SiteDirectory(UnitRepository units, @Value("${lantoa.base-url}") String baseUrl, @Value("${lantoa.site.host-scheme:https}") String hostScheme) {
        this.units = units;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.hostScheme = hostScheme;
        this.bySlug = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10))
                .build(units::findBySlug);
        this.byId = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10))
                .build(units::findById);
    }

    public Optional<Unit> bySlug(String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > 100) {
            return Optional.empty();
        }
        return bySlug.get(slug);
    }

    public Optional<Unit> byId(long id) {
        return byId.get(id);
    }

    /** The unit and its ancestors, from the root down, for breadcrumbs and content shared from above. */
    public List<Unit> ancestorsOf(Unit unit) {
        List<Unit> chain = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty() && !part.equals(String.valueOf(unit.id()))) {
                byId(Long.parseLong(part)).ifPresent(chain::add);
            }
        }
        return chain;
    }

    public List<String> openSlugs() {
        return units.findOpenSlugs$WithoutTenancy();
    }

    /** The slug of the unit answering on this host, or null; host may carry a port, which is ignored. */
    public String slugForHost(String host) {
        String name = hostName(host);
        return name == null ? null : slugByHost.get(name);
    }

    /** Where a closed unit's host name sends its visitors (its successor's site), or null when it does not redirect. */
    public String redirectForHost(String host) {
        String name = hostName(host);
        return name == null ? null : redirectByHost.get(name);
    }

    /** A unit's site as an address to link to from anywhere: its own host name, or its slug under Lantoa's address. */
    public String siteAddress(Unit unit) {
        return unit.hostName() == null ? baseUrl + "/" + unit.slug() + "/" : hostScheme + "://" + unit.hostName() + "/";
    }

    private static String hostName(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        int colon = host.indexOf(':');
        return (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the host names on a worker thread (at start and after a change), never on the event loop that asks
     * {@link #slugForHost} for every request. If the database is briefly away the old map stays.
     */
    private void loadHosts() {
        try {
            Map<String, String> map = new HashMap<>();
            Map<String, String> redirects = new HashMap<>();
            for (Unit u : units.findWithHostNames$WithoutTenancy()) {
                Unit successor = u.closedOn() != null && u.hostRedirect() && u.successorUnitId() != null
                        ? units.findById(u.successorUnitId()).orElse(null) : null;
                if (successor != null) {
                    redirects.put(u.hostName().toLowerCase(Locale.ROOT), siteAddress(successor));
                }
                // Also for a redirecting host: a request the fast path cannot answer at once (pipelined) gets the archive.
                map.put(u.hostName().toLowerCase(Locale.ROOT), u.slug());
            }
            slugByHost = Map.copyOf(map);
            redirectByHost = Map.copyOf(redirects);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the units' host names: {}", e.getMessage());
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        loadHosts();
    }

    /** After this instance's commit or another instance's change read from site_change. */
    @EventListener
    void onStale(PublicCachesStale stale) {
        if (stale.all()) {
            forget();
        }
    }

    void forget() {
        bySlug.invalidateAll();
        byId.invalidateAll();
        loadHosts();
    }
}
