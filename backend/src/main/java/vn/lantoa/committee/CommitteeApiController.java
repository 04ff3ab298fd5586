package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** A unit's Ban truyền thông as JSON. */
@Controller("/api/v1/units/{unitId}/committee")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Ban truyền thông")
class CommitteeApiController {

    @Serdeable
    record MemberView(long id, String fullName, @Nullable String jobTitle, String committeeRole, @Nullable String duties, @Nullable String phone, @Nullable String email,
                      @Nullable Long userId, boolean spokesperson, int sortOrder, long version) implements Versioned {
        static MemberView of(CommitteeMember m) {
            return new MemberView(m.id(), m.fullName(), m.jobTitle(), m.committeeRole().name(), m.duties(), m.phone(), m.email(),
                    m.userId(), m.spokesperson(), m.sortOrder(), m.version());
        }
    }

    /** version 0 until the committee's details are first saved, then the stored version plus one (see {@link #view}). */
    @Serdeable
    record CommitteeView(long unitId, @Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String hotlinePhone, @Nullable String hotlineEmail,
                         @Nullable String note, long version, List<MemberView> members) implements Versioned {
    }

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommitteeService service;
    private final Access access;

    CommitteeApiController(CommitteeRepository committees, CommitteeMemberRepository members, CommitteeService service, Access access) {
        this.committees = committees;
        this.members = members;
        this.service = service;
        this.access = access;
    }

    @Operation(operationId = "getCommittee", summary = "Ban truyền thông: quyết định thành lập, đường dây nóng, thành viên")
    @Get
    CommitteeView get(Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view(unit);
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateCommittee", summary = "Sửa quyết định thành lập và đường dây nóng",
            description = "Gửi ETag của lần đọc trong If-Match (hoặc version trong thân); phiên bản đã cũ trả về 412 STALE_VERSION, thiếu trả về 428.")
    @Put
    CommitteeView put(HttpRequest<?> request, Actor actor, long unitId, @Body CommitteeForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        FieldErrors errors = new FieldErrors();
        CommitteeForm.Draft draft = form.withVersion(Preconditions.expectedVersion(request, form.version())).validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        service.saveSettings(actor, unit, draft.madeFrom(draft.version() - 1));
        return view(unit);
    }

    @Answers(201)
    @Operation(operationId = "addCommitteeMember", summary = "Thêm thành viên")
    @Post("/members")
    HttpResponse<MemberView> add(Actor actor, long unitId, @Body MemberForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        MemberView added = MemberView.of(service.addMember(actor, unit, valid(form)));
        return HttpResponse.status(HttpStatus.CREATED).body(added).header("Location", "/api/v1/units/" + unitId + "/committee/members/" + added.id());
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateCommitteeMember", summary = "Sửa thành viên")
    @Put("/members/{memberId}")
    MemberView update(HttpRequest<?> request, Actor actor, long unitId, long memberId, @Body MemberForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        if (members.findByUnitIdAndId(unit.id(), memberId).isEmpty()) {
            throw new NotFoundException("member");
        }
        return MemberView.of(service.updateMember(actor, unit, memberId, valid(form.withVersion(Preconditions.expectedVersion(request, form.version())))));
    }

    @Answers(204)
    @Operation(operationId = "removeCommitteeMember", summary = "Xóa thành viên")
    @Delete("/members/{memberId}")
    HttpResponse<?> delete(Actor actor, long unitId, long memberId) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        service.removeMember(actor, unit, memberId);
        return HttpResponse.noContent();
    }

    private static MemberForm.Draft valid(MemberForm form) {
        FieldErrors errors = new FieldErrors();
        MemberForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return draft;
    }

    private CommitteeView view(UnitRef unit) {
        Committee c = committees.findByUnitId(unit.id()).orElse(null);
        List<MemberView> list = service.membersOf(unit).stream().map(MemberView::of).toList();
        if (c == null) {
            return new CommitteeView(unit.id(), null, null, null, null, null, 0, list);
        }
        // Counted from 1 once saved, so that "not saved yet" (0) and the first saved version never share an ETag.
        return new CommitteeView(unit.id(), c.decisionNumber(), c.decisionDate(), c.hotlinePhone(), c.hotlineEmail(), c.note(),
                (c.version() == null ? 0 : c.version()) + 1, list);
    }
}
