package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
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
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** People and memberships of a unit, as JSON. */
@Controller("/api/v1/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Người dùng và vai trò")
class PeopleApiController {

    @Serdeable
    record MembershipView(long id, long unitId, long userId, String role, Instant createdAt) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.id(), m.unitId(), m.userId(), m.role().name(), m.createdAt());
        }
    }

    @Serdeable
    record InviteResult(long userId, String email, String status, MembershipView membership, boolean newAccount) {
    }

    /** Orders of the members list: by name unless told otherwise. */
    private static final Sorting<MemberRow> MEMBER_ORDER = Sorting.by(Map.of(
            "fullName", Comparator.comparing(MemberRow::fullName).thenComparing(MemberRow::id),
            "email", Comparator.comparing(MemberRow::email),
            "lastLoginAt", Sorting.nullsLast(MemberRow::lastLoginAt)));
    /** Orders of the roles list: in the order they were given unless told otherwise. */
    private static final Sorting<MembershipView> MEMBERSHIP_ORDER = Sorting.by(Map.of(
            "createdAt", Comparator.comparing(MembershipView::createdAt).thenComparingLong(MembershipView::id),
            "role", Comparator.comparing(MembershipView::role)));
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Invitations invitations;
    private final Memberships service;
    private final Access access;

    PeopleApiController(UserRepository users, MembershipRepository memberships, Invitations invitations, Memberships service, Access access) {
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.service = service;
        this.access = access;
    }

    @Operation(operationId = "listMembers", summary = "Người dùng của đơn vị, kèm vai trò", description = "sort: fullName (mặc định), email, lastLoginAt.")
    @Get("/members")
    ApiList<MemberRow> members(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        return paging.slice(MEMBER_ORDER.sort(sort, users.findMembersOf(unitId)));
    }

    @Answers(value = 201, errors = 409)
    @Operation(operationId = "inviteMember", summary = "Mời một người vào đơn vị với một vai trò",
            description = "Người mới nhận email có liên kết đặt mật khẩu; người đã có tài khoản được báo vai trò mới. "
                    + "role: UNIT_ADMIN, COMMITTEE_HEAD, EDITOR, REPORTER, SPOKESPERSON, HOTLINE_OFFICER, VIEWER.")
    @Post("/members")
    HttpResponse<InviteResult> invite(Actor actor, long unitId, @Body InviteForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        FieldErrors errors = new FieldErrors();
        InviteForm.Invite invite = form.validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Invitations.Result result = invitations.invite(actor, unit, invite);
        return HttpResponse.status(HttpStatus.CREATED).body(new InviteResult(result.user().id(), result.user().email(),
                result.user().status().name(), MembershipView.of(result.membership()), result.newAccount()))
                .header("Location", "/api/v1/units/" + unitId + "/memberships/" + result.membership().id());
    }

    @Operation(operationId = "listMemberships", summary = "Các vai trò (membership) trong đơn vị", description = "sort: createdAt (mặc định), role; "
            + "updatedSince: vai trò được giao từ thời điểm này.")
    @Get("/memberships")
    ApiList<MembershipView> memberships(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        // A role is given or taken away, never changed: when it was given is when it last changed.
        return paging.slice(MEMBERSHIP_ORDER.sort(sort, memberships.findByUnitIdOrderById(unitId).stream().map(MembershipView::of)
                .filter(m -> Since.keeps(since, m.createdAt())).toList()));
    }

    @Answers(204)
    @Operation(operationId = "revokeMembership", summary = "Thu hồi một vai trò", description = "Không thu hồi được quản trị viên cuối cùng của đơn vị.")
    @Delete("/memberships/{membershipId}")
    HttpResponse<?> revoke(Actor actor, long unitId, long membershipId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        service.revoke(actor, unit, membershipId);
        return HttpResponse.noContent();
    }
}
