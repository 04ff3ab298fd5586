package vn.lantoa.unit.host;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.UnitRepository;

import java.time.Instant;
import java.util.List;

/** A unit's own host name as JSON: claim it, publish the token, verify, or stop using it. */
@Controller("/api/v1/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tên miền riêng")
class HostClaimApiController {

    @Serdeable
    record DnsRecord(String type, String name, String value) {
    }

    @Serdeable
    record VerificationFile(String url, String content) {
    }

    @Serdeable
    record Problem(String code, String message) {
    }

    @Serdeable
    record ClaimView(long id, String hostName, boolean verified, @Nullable DnsRecord dnsRecord, @Nullable VerificationFile file, @Nullable String method,
                     Instant createdAt, @Nullable Instant checkedAt, @Nullable Instant verifiedAt, @Nullable Problem lastError) {
    }

    @Serdeable
    record HostNameView(@Nullable String hostName, List<ClaimView> claims) {
    }

    @Serdeable
    record ClaimRequest(@Nullable String hostName) {
    }

    @Serdeable
    record VerifyRequest(@Nullable String method) {
    }

    private final HostClaims claims;
    private final UnitRepository units;
    private final Access access;
    private final Translator vi;

    HostClaimApiController(HostClaims claims, UnitRepository units, Access access, Languages languages) {
        this.claims = claims;
        this.units = units;
        this.access = access;
        this.vi = languages.vietnamese();
    }

    @Operation(operationId = "getHostNames", summary = "Tên miền đang dùng và các đăng ký tên miền của đơn vị")
    @Get("/host-claims")
    HostNameView list(Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        String active = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit")).hostName();
        return new HostNameView(active, claims.of(unit).stream().map(this::view).toList());
    }

    @Answers(value = 201, errors = 409)
    @Operation(operationId = "claimHostName", summary = "Đăng ký tên miền riêng",
            description = "Trả về mã xác minh: đặt nó vào bản ghi TXT dnsRecord, hoặc làm cho địa chỉ file.url trả về file.content, "
                    + "rồi gọi .../verify. Tên miền chỉ được dùng sau khi xác minh. Đăng ký lại cùng tên miền trả về đăng ký đang chờ.")
    @Post("/host-claims")
    HttpResponse<ClaimView> claim(Actor actor, long unitId, @Body ClaimRequest body) {
        HostClaim claim = claims.claim(actor, unitId, body.hostName());
        return HttpResponse.status(HttpStatus.CREATED).body(view(claim)).header("Location", "/api/v1/units/" + unitId + "/host-claims/" + claim.id());
    }

    @Operation(operationId = "verifyHostClaim", summary = "Kiểm tra bằng chứng quản lý tên miền",
            description = "method: DNS_TXT (bản ghi TXT tại _lantoa-verify.<tên miền>) hoặc HTTP_FILE "
                    + "(http://<tên miền>/.well-known/lantoa-verification/<mã>). Khi xác minh được, verified = true và đơn vị dùng "
                    + "tên miền ngay; nếu không, lastError nói lý do (code ổn định, message tiếng Việt).")
    @Post("/host-claims/{claimId}/verify")
    ClaimView verify(Actor actor, long unitId, long claimId, @Body VerifyRequest body) {
        return view(claims.check(actor, unitId, claimId, ProofMethod.parse(body.method())));
    }

    @Answers(204)
    @Operation(operationId = "withdrawHostClaim", summary = "Hủy một đăng ký tên miền chưa xác minh")
    @Delete("/host-claims/{claimId}")
    HttpResponse<?> withdraw(Actor actor, long unitId, long claimId) {
        claims.withdraw(actor, unitId, claimId);
        return HttpResponse.noContent();
    }

    @Answers(204)
    @Operation(operationId = "removeHostName", summary = "Thôi dùng tên miền riêng", description = "Trang của đơn vị vẫn có tại đường dẫn của Lantoa.")
    @Delete("/host-name")
    HttpResponse<?> remove(Actor actor, long unitId) {
        claims.removeActive(actor, unitId);
        return HttpResponse.noContent();
    }

    private ClaimView view(HostClaim c) {
        Problem problem = c.lastError() == null ? null
                : new Problem(c.lastError(), vi.t(c.lastError(), c.hostName(), c.lastErrorDetail() == null ? "" : c.lastErrorDetail()));
        boolean pending = !c.verified();
        return new ClaimView(c.id(), c.hostName(), c.verified(),
                pending ? new DnsRecord("TXT", c.recordName(), c.token()) : null,
                pending ? new VerificationFile(c.fileUrl(), c.token()) : null,
                c.method() == null ? null : c.method().name(), c.createdAt(), c.checkedAt(), c.verifiedAt(), problem);
    }
}
