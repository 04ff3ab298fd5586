package vn.lantoa.unit.host;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A unit's claim to a host name, waiting for its proof or proved. */
@MappedEntity("host_claim")
public record HostClaim(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String hostName,
        String token,
        @Nullable ProofMethod method,
        Instant createdAt,
        @Nullable Long createdBy,
        @Nullable Instant checkedAt,
        @Nullable Instant verifiedAt,
        @Nullable Long verifiedBy,
        @Nullable String lastError,
        @Nullable String lastErrorDetail,
        @Version @Nullable Long version) {

    public static final String RECORD_PREFIX = "_lantoa-verify.";
    public static final String FILE_PATH = "/.well-known/lantoa-verification/";

    public boolean verified() {
        return verifiedAt != null;
    }

    /** The DNS name that must hold the TXT record. */
    public String recordName() {
        return RECORD_PREFIX + hostName;
    }

    /** Where the file must answer. */
    public String fileUrl() {
        return "http://" + hostName + FILE_PATH + token;
    }

    HostClaim checked(ProofMethod tried, Instant at, ProofResult result, @Nullable Long actorId) {
        return new HostClaim(id, unitId, hostName, token, tried, createdAt, createdBy, at,
                result.proved() ? at : null, result.proved() ? actorId : null,
                result.proved() ? null : result.errorKey(), result.proved() ? null : ProofResult.clip(result.detail()), version);
    }
}
