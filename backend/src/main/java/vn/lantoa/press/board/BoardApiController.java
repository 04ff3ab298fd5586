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
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;
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
                    + "rồi theo lúc có cảnh báo đầu tiên (firstAlertAt), cũ nhất trước (sort: severity, mặc định và duy nhất). Lọc: scopeUnitId (một đơn vị cấp dưới và các đơn vị của nó; "
                    + "đơn vị không thuộc cấp dưới: 400 press.board.unit.invalid), severity, type. total: số sự cố khớp bộ lọc (mọi trang). "
                    + "statementClock: DUE (đang chạy), LATE (quá hạn chưa có tuyên bố), MADE, MADE_LATE (đã có tuyên bố đầu tiên, trong hoặc sau "
                    + "hạn); href: trang của sự cố, ở đơn vị của nó. Chỉ để theo dõi: xem được khi người đọc theo dõi các đơn vị cấp dưới (quản trị "
                    + "viên, Trưởng ban, người báo cáo của đơn vị hoặc cấp trên) hoặc là người phát ngôn, cán bộ theo dõi báo chí của đơn vị; thành "
                    + "viên khác của đơn vị nhận danh sách rỗng; đơn vị ngoài phạm vi: 404.")
    @Get
    ApiList<BoardViews.IncidentBelow> listIncidentsBelow(Actor actor, long unitId, @Nullable @QueryValue Long scopeUnitId, @Nullable @QueryValue String severity,
                                                         @Nullable @QueryValue String type, @Nullable @QueryValue String sort,
                                                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        if (sort != null && !sort.isBlank() && !sort.strip().equals("severity")) {
            throw UserInputException.of("sort", "api.sort.invalid", "severity");
        }
        BoardFilter filter = filter(top, scopeUnitId, severity, type);
        Paging paging = Paging.of(page, perPage);
        if (!Board.readableBy(access, actor, top)) {
            return paging.of(List.of(), 0);
        }
        Board.View view = board.read(top, filter, paging.offset(), paging.perPage());
        return paging.of(view.rows().stream().map(r -> new BoardViews.IncidentBelow(r.id(), r.unitId(), r.unitName(), r.code(), r.title(), r.type(),
                name(r.severity()), r.ownerName(), r.firstAlertAt(), r.age().toMinutes(), r.statementDueAt(), r.firstStatementAt(), clockName(r.clock()),
                r.href())).toList(), view.total());
    }

    @Operation(operationId = "countIncidentsBelow", summary = "Số sự cố đang mở của các đơn vị cấp dưới, theo mức độ và theo đơn vị trực thuộc",
            description = "Cùng bộ lọc với listIncidentsBelow. total: số sự cố khớp mọi bộ lọc; bySeverity và units (mỗi đơn vị trực thuộc phạm vi, "
                    + "với mọi đơn vị của nó; hasUnitsBelow: có thể làm phạm vi hẹp hơn) đếm không theo bộ lọc severity. Thành viên không theo dõi "
                    + "cấp dưới nhận số 0.")
    @Get("/counts")
    BoardViews.Counts countIncidentsBelow(Actor actor, long unitId, @Nullable @QueryValue Long scopeUnitId, @Nullable @QueryValue String severity,
                                          @Nullable @QueryValue String type) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        BoardFilter filter = filter(top, scopeUnitId, severity, type);
        if (!Board.readableBy(access, actor, top)) {
            return new BoardViews.Counts(top.id(), filter.scope().id(), name(filter.severity()), filter.type(), 0, new BoardViews.SeverityCounts(0, 0, 0, 0),
                    List.of());
        }
        Board.View view = board.read(top, filter, 0, 0);
        return new BoardViews.Counts(top.id(), filter.scope().id(), name(filter.severity()), filter.type(), view.total(), counts(view.bySeverity()),
                view.units().stream().map(u -> new BoardViews.UnitCount(u.unitId(), u.unitName(), u.hasBelow(), u.total(), counts(u.bySeverity()))).toList());
    }

    private BoardFilter filter(UnitRef top, Long scopeUnitId, String severity, String type) {
        FieldErrors errors = new FieldErrors();
        BoardFilter filter = BoardFilter.of(units, top, scopeUnitId == null ? null : String.valueOf(scopeUnitId), severity, type, "scopeUnitId", errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return filter;
    }

    private static BoardViews.SeverityCounts counts(Map<Severity, Long> m) {
        return new BoardViews.SeverityCounts(m.getOrDefault(Severity.MINOR, 0L), m.getOrDefault(Severity.SERIOUS, 0L), m.getOrDefault(Severity.GRAVE, 0L),
                m.getOrDefault(Severity.CRITICAL, 0L));
    }

    /** The API keeps its published names (DUE, LATE, MADE, MADE_LATE) whatever the clock's states are called. */
    private static String clockName(StatementClock c) {
        return switch (c.state()) {
            case RUNNING -> "DUE";
            case MADE_ON_TIME -> "MADE";
            case LATE, MADE_LATE -> c.state().name();
        };
    }

    private static String name(Severity s) {
        return s == null ? "" : s.name();
    }
}
