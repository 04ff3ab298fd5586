package vn.lantoa.press.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.press.Severity;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;
import java.util.Map;

/** The parent's board of open incidents below it, as JSON: read-only, for those who oversee the units below. */
@Controller("/api/v1/units/{unitId}/incidents-below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sự cố cấp dưới")
class BoardApiController {

    private final Access access;
    private final Board board;
    private final UnitRefRepository units;

    BoardApiController(Access access, Board board, UnitRefRepository units) {
        this.access = access;
        this.board = board;
        this.units = units;
    }

    @Operation(operationId = "listIncidentsBelow", summary = "Các sự cố đang mở của các đơn vị cấp dưới, nghiêm trọng nhất và cũ nhất trước",
            description = "Sự cố chưa đóng của mọi đơn vị bên dưới (không gồm sự cố của chính đơn vị), xếp theo mức độ (CRITICAL, GRAVE, SERIOUS, MINOR) "
                    + "rồi theo lúc có cảnh báo đầu tiên (firstAlertAt), cũ nhất trước. Lọc: scopeUnitId (một đơn vị cấp dưới và các đơn vị của nó; "
                    + "đơn vị không thuộc cấp dưới: 400 press.board.unit.invalid), severity, type. total: số sự cố khớp bộ lọc (mọi trang); "
                    + "bySeverity và units (theo đơn vị trực thuộc của phạm vi) đếm không theo bộ lọc severity. statementClock: DUE (đang chạy), "
                    + "LATE (quá hạn chưa có tuyên bố), MADE, MADE_LATE (đã có tuyên bố đầu tiên, trong hoặc sau hạn). Chỉ để theo dõi: xem được "
                    + "khi người đọc theo dõi các đơn vị cấp dưới (quản trị viên, Trưởng ban, người báo cáo của đơn vị hoặc cấp trên); thành "
                    + "viên khác của đơn vị nhận danh sách rỗng; đơn vị ngoài phạm vi: 404.")
    @Get
    BoardViews.Board listIncidentsBelow(Actor actor, long unitId, @Nullable @QueryValue Long scopeUnitId, @Nullable @QueryValue String severity,
                                        @Nullable @QueryValue String type, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        BoardFilter filter = BoardFilter.of(units, top, scopeUnitId == null ? null : String.valueOf(scopeUnitId), severity, type, "scopeUnitId", errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        if (!Board.readableBy(access, actor, top)) {
            return new BoardViews.Board(top.id(), filter.scope().id(), name(filter.severity()), filter.type(), 0, new BoardViews.SeverityCounts(0, 0, 0, 0),
                    List.of(), List.of(), paging.page(), paging.perPage());
        }
        Board.View view = board.read(top, filter, paging.offset(), paging.perPage());
        List<BoardViews.UnitCount> unitCounts = view.units().stream().map(u -> new BoardViews.UnitCount(u.unitId(), u.unitName(), u.hasBelow(), u.total(),
                counts(u.bySeverity()))).toList();
        List<BoardViews.IncidentBelow> items = view.rows().stream().map(r -> new BoardViews.IncidentBelow(r.id(), r.unitId(), r.unitName(), r.code(),
                r.title(), r.type(), name(r.severity()), r.ownerName(), r.firstAlertAt(), r.age().toMinutes(), r.statementDueAt(), r.firstStatementAt(),
                r.clock().name(), r.href())).toList();
        return new BoardViews.Board(top.id(), filter.scope().id(), name(filter.severity()), filter.type(), view.total(), counts(view.bySeverity()),
                unitCounts, items, paging.page(), paging.perPage());
    }

    private static BoardViews.SeverityCounts counts(Map<Severity, Long> m) {
        return new BoardViews.SeverityCounts(m.getOrDefault(Severity.MINOR, 0L), m.getOrDefault(Severity.SERIOUS, 0L), m.getOrDefault(Severity.GRAVE, 0L),
                m.getOrDefault(Severity.CRITICAL, 0L));
    }

    private static String name(Severity s) {
        return s == null ? "" : s.name();
    }
}
