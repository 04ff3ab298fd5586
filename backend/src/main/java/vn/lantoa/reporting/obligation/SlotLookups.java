package vn.lantoa.reporting.obligation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.form.ReportFormVersionRepository;

import java.time.Duration;
import java.util.Optional;

/**
 * The obligation and the form version every send and every report page reads, kept for a few seconds: they change
 * seldom (an issuer edits a form or stops an obligation), and a deadline rush reads them thousands of times a minute.
 * A change made through {@link ObligationService} is seen at once on this instance; another instance sees it when its
 * copy expires. A report records the form version it was sent with, so a send made on the old version in those
 * seconds stays consistent.
 */
@Singleton
public class SlotLookups {

    private static final Duration KEPT = Duration.ofSeconds(5);

    private final ObligationRepository obligations;
    private final ReportFormVersionRepository versions;
    private final Cache<Long, Optional<Obligation>> obligationById = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();
    private final Cache<Long, Optional<ReportFormVersion>> currentVersionByForm = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();

    SlotLookups(ObligationRepository obligations, ReportFormVersionRepository versions) {
        this.obligations = obligations;
        this.versions = versions;
    }

    public Optional<Obligation> obligation(long id) {
        return kept(obligationById, id, obligations::findById$WithoutTenancy);
    }

    /** The form's current version; the form may belong to a unit above the reader. */
    public Optional<ReportFormVersion> currentVersion(long formId) {
        return kept(currentVersionByForm, formId, versions::findCurrent$WithoutTenancy);
    }

    /** Only what exists is kept: an id asked for before its row was made must not stay "not found". */
    private static <T> Optional<T> kept(Cache<Long, Optional<T>> cache, long id, java.util.function.Function<Long, Optional<T>> read) {
        Optional<T> known = cache.getIfPresent(id);
        if (known != null) {
            return known;
        }
        Optional<T> found = read.apply(id);
        if (found.isPresent()) {
            cache.put(id, found);
        }
        return found;
    }

    void forgetObligation(long id) {
        obligationById.invalidate(id);
    }

    void forgetForm(long formId) {
        currentVersionByForm.invalidate(formId);
    }
}
