package vn.lantoa.unit.host;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.HostNames;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit admin's way to a host name: claim it, publish the claim's token in DNS or on the host, and have Lantoa
 * check it. Only a proved claim puts the name in {@code unit.host_name}, the one column that routing and links
 * read; a platform admin may still set it directly in the unit's profile.
 */
@Singleton
public class HostClaims {

    /** Claims waiting for their proof, per unit: enough to try a few spellings, not a way to squat on names. */
    static final int MAX_PENDING = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HostClaimRepository claims;
    private final UnitRepository units;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final Map<ProofMethod, HostProof> proofs = new EnumMap<>(ProofMethod.class);
    private final String platformHost;

    HostClaims(HostClaimRepository claims, UnitRepository units, Access access, AuditLog audit, PublicChanges publicChanges,
               SynchronousTransactionManager<Connection> tx, Clock clock, List<HostProof> proofs,
               @Value("${lantoa.base-url}") String baseUrl) {
        this.claims = claims;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.tx = tx;
        this.clock = clock;
        proofs.forEach(p -> this.proofs.put(p.method(), p));
        String host = URI.create(baseUrl).getHost();
        this.platformHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** The unit's claims, pending first; the caller has checked the reader may see them. */
    public List<HostClaim> of(UnitRef unit) {
        return claims.findByUnit(unit.id());
    }

    public HostClaim get(UnitRef unit, long claimId) {
        return claims.findByUnitIdAndId(unit.id(), claimId).orElseThrow(() -> new NotFoundException("host claim " + claimId));
    }

    /** Starts a claim, or hands back the unit's pending claim of the same name with its token. */
    @Transactional
    public HostClaim claim(Actor actor, long unitId, String hostName) {
        UnitRef ref = access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        String host = HostNames.normalize(VietnameseText.blankToNull(hostName));
        FieldErrors errors = new FieldErrors();
        if (host == null) {
            errors.add("hostName", "hostclaim.hostName.required");
        } else if (!HostNames.isValidDomain(host)) {
            errors.add("hostName", "unit.hostName.invalid");
        } else if (isPlatformHost(host)) {
            errors.add("hostName", "hostclaim.hostName.platform");
        } else if (host.equals(unit.hostName())) {
            errors.add("hostName", "hostclaim.hostName.alreadyYours");
        } else if (units.existsByHostNameAndIdNotEqual(host, unitId)) {
            errors.add("hostName", "unit.hostName.taken");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        var existing = claims.findByUnitIdAndHostName(unitId, host);
        if (existing.isPresent() && !existing.get().verified()) {
            return existing.get();
        }
        if (claims.countPending(unitId) >= MAX_PENDING) {
            throw UserInputException.of("hostName", "hostclaim.tooMany", MAX_PENDING);
        }
        Instant now = clock.instant();
        HostClaim fresh = new HostClaim(existing.map(HostClaim::id).orElse(null), unitId, host, newToken(), null, now, actor.userId(),
                null, null, null, null, null, existing.map(HostClaim::version).orElse(null));
        HostClaim saved = existing.isPresent() ? claims.update(fresh) : claims.save(fresh);
        audit.record(actor, unitId, "unit.hostClaimed", "host_claim", saved.id(), "Đăng ký tên miền " + host + " cho " + ref.name(),
                null, Map.of("hostName", host));
        return saved;
    }

    /**
     * Asks DNS or the host for the token, outside any transaction (the answer may take seconds), then records what
     * was found; a proof puts the name to use at once, unless another unit took it meanwhile.
     */
    public HostClaim check(Actor actor, long unitId, long claimId, ProofMethod method) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        HostClaim claim = get(unit, claimId);
        if (claim.verified()) {
            return claim;
        }
        if (method == null) {
            throw UserInputException.of("method", "hostclaim.method.required");
        }
        ProofResult result = units.existsByHostNameAndIdNotEqual(claim.hostName(), unitId)
                ? ProofResult.failed("hostclaim.takenElsewhere", claim.hostName())
                : proofs.get(method).check(claim.hostName(), claim.token());
        try {
            return tx.executeWrite(status -> record(actor, unit, claimId, method, result));
        } catch (DataAccessException e) {
            // Another unit's proof of the same name committed between our check and our write (unique host_name).
            if (!units.existsByHostNameAndIdNotEqual(claim.hostName(), unitId)) {
                throw e;
            }
            return tx.executeWrite(status -> record(actor, unit, claimId, method, ProofResult.failed("hostclaim.takenElsewhere", claim.hostName())));
        }
    }

    private HostClaim record(Actor actor, UnitRef unit, long claimId, ProofMethod method, ProofResult result) {
        HostClaim claim = get(unit, claimId);
        Instant now = clock.instant();
        ProofResult outcome = result;
        if (outcome.proved() && units.existsByHostNameAndIdNotEqual(claim.hostName(), unit.id())) {
            outcome = ProofResult.failed("hostclaim.takenElsewhere", claim.hostName());
        }
        HostClaim updated = claims.update(claim.checked(method, now, outcome, actor.userId()));
        if (outcome.proved()) {
            Unit before = units.findById(unit.id()).orElseThrow();
            units.setHostName(unit.id(), claim.hostName(), now, actor.userId());
            // The host's pages and every link to the unit change.
            publicChanges.changedAll();
            audit.record(actor, unit.id(), "unit.hostVerified", "unit", unit.id(),
                    "Xác minh tên miền " + claim.hostName() + " (" + method.name() + ") cho " + unit.name(),
                    hostView(before.hostName()), hostView(claim.hostName()));
        }
        return updated;
    }

    /** Drops a claim waiting for its proof; a verified one stays as the record of how the name was proved. */
    @Transactional
    public void withdraw(Actor actor, long unitId, long claimId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        HostClaim claim = get(unit, claimId);
        if (claim.verified()) {
            throw UserInputException.of("claimId", "hostclaim.verifiedKept");
        }
        claims.deleteByUnitIdAndId(unitId, claimId);
        audit.record(actor, unitId, "unit.hostClaimWithdrawn", "host_claim", claimId, "Hủy đăng ký tên miền " + claim.hostName(),
                Map.of("hostName", claim.hostName()), null);
    }

    /** The unit stops answering on its own host name; its site stays at /{slug}/. */
    @Transactional
    public void removeActive(Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        if (unit.hostName() == null) {
            return;
        }
        units.setHostName(unitId, null, clock.instant(), actor.userId());
        publicChanges.changedAll();
        audit.record(actor, unitId, "unit.hostRemoved", "unit", unitId, "Bỏ tên miền " + unit.hostName() + " của " + ref.name(),
                hostView(unit.hostName()), hostView(null));
    }

    /** Lantoa's own address (and names under it) is the platform's to give, never a unit's to claim. */
    private boolean isPlatformHost(String host) {
        return !platformHost.isEmpty() && (host.equals(platformHost) || host.endsWith("." + platformHost));
    }

    private static Map<String, Object> hostView(String hostName) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("hostName", hostName);
        return m;
    }

    private static String newToken() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "lantoa-" + HexFormat.of().formatHex(bytes);
    }
}
