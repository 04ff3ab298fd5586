package vn.lantoa.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A unit's API keys as JSON: list, make (the secret is in this one answer), revoke. For the unit's own admins. */
@Controller("/api/v1/units/{unitId}/api-keys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Khoá API")
class ApiKeyApiController {

    @Serdeable
    record KeyView(long id, String name, String prefix, String role, boolean readOnly, Instant expiresAt, Instant createdAt,
                   String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, String status) {
    }

    @Serdeable
    record CreatedKey(KeyView key, String secret) {
    }

    /** Orders an admin may ask of the keys; newest first, revoked last, unless told otherwise. */
    private static final Sorting<KeyView> ORDER = Sorting.by(Map.of(
            "name", Comparator.comparing(KeyView::name),
            "createdAt", Comparator.comparing(KeyView::createdAt),
            "expiresAt", Comparator.comparing(KeyView::expiresAt),
            "lastUsedAt", Sorting.nullsLast(KeyView::lastUsedAt)));

    private final ApiKeys keys;
    private final ApiKeyRepository repository;
    private final Access access;
    private final Clock clock;

    ApiKeyApiController(ApiKeys keys, ApiKeyRepository repository, Access access, Clock clock) {
        this.keys = keys;
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "listApiKeys", summary = "Các khoá API của đơn vị",
            description = "Mới nhất trước, khoá đã thu hồi sau cùng; sort: name, createdAt, expiresAt, lastUsedAt. status: ACTIVE, REVOKED, EXPIRED, UNIT_CLOSED, CREATOR_GONE "
                    + "(người tạo không còn là quản trị viên của đơn vị). Chỉ quản trị viên của chính đơn vị.")
    @Get
    ApiList<KeyView> list(Actor actor, long unitId, @QueryValue @Nullable String sort, @QueryValue @Nullable Integer page,
                          @QueryValue @Nullable Integer perPage) {
        access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        Paging paging = Paging.of(page, perPage);
        Instant now = clock.instant();
        return paging.slice(ORDER.sort(sort, repository.findRowsOf(unitId).stream().map(r -> view(r, now)).toList()));
    }

    @Operation(operationId = "getApiKey", summary = "Một khoá API của đơn vị (không có mã bí mật)")
    @Get("/{keyId}")
    KeyView get(Actor actor, long unitId, long keyId) {
        access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return repository.findRow(unitId, keyId).map(r -> view(r, clock.instant()))
                .orElseThrow(() -> new NotFoundException("api key " + keyId));
    }

    @Answers(201)
    @Operation(operationId = "createApiKey", summary = "Tạo khoá API cho một ứng dụng tích hợp",
            description = "Thân: name (dùng cho việc gì), role (REPORTER, EDITOR hoặc HOTLINE_OFFICER: tổng đài ghi và xử lý phản ánh), access (READ_ONLY hoặc READ_WRITE), expiresOn "
                    + "(ngày cuối khoá còn dùng được, yyyy-mm-dd, tối đa một năm). Trả về 201 với secret: mã bí mật chỉ trả về một lần, "
                    + "Lantoa chỉ giữ bản băm. Gửi kèm mọi lời gọi: Authorization: Bearer lantoa_...")
    @Post
    HttpResponse<CreatedKey> create(Actor actor, long unitId, @Body ApiKeyForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        FieldErrors errors = new FieldErrors();
        ApiKeyForm.Valid valid = form.validate(errors, clock);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        ApiKeys.Created created = keys.create(actor, unit, valid);
        return HttpResponse.created(new CreatedKey(view(created.key(), clock.instant()), created.secret()),
                        URI.create("/api/v1/units/" + unitId + "/api-keys/" + created.key().id()))
                .header("Cache-Control", "no-store");
    }

    @Answers(204)
    @Operation(operationId = "revokeApiKey", summary = "Thu hồi một khoá API",
            description = "Từ lời gọi tiếp theo, khoá bị từ chối (401, API_KEY_INVALID). Thu hồi lần nữa không thay đổi gì (204).")
    @Delete("/{keyId}")
    HttpResponse<?> revoke(Actor actor, long unitId, long keyId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        keys.revoke(actor, unit, keyId);
        return HttpResponse.noContent();
    }

    private static KeyView view(ApiKeyRow r, Instant now) {
        return new KeyView(r.id(), r.name(), r.tokenPrefix(), r.role().name(), r.readOnly(), r.expiresAt(), r.createdAt(), r.creatorEmail(),
                r.lastUsedAt(), r.revokedAt(), r.status(now).name());
    }
}
