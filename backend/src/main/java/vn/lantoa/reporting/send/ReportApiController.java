package vn.lantoa.reporting.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Map;

/** A unit's own reports as JSON: read one, save a draft, send it with an Idempotency-Key. */
@Controller("/api/v1/units/{unitId}/reports/{obligationId}/{periodCode}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Báo cáo")
class ReportApiController {

    @Serdeable
    record ReportView(@Nullable Long id, long unitId, long obligationId, String period, @Nullable String state, String status, @Nullable Instant firstSubmittedAt,
                      @Nullable Instant submittedAt, int revision, Map<String, String> answers) {
    }

    @Serdeable
    record AnswersBody(@Nullable Map<String, String> answers) {
    }

    private final ReportService service;
    private final SentReports sent;
    private final Access access;
    private final java.time.Clock clock;

    ReportApiController(ReportService service, SentReports sent, Access access, java.time.Clock clock) {
        this.service = service;
        this.sent = sent;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "getReport", summary = "Báo cáo của đơn vị cho một kỳ", description = "Kỳ: 2026-11 (tháng), 2026-Q4, 2026-H2, 2026-2027 (năm học), 2026. "
            + "Đơn vị cấp trên chỉ đọc được báo cáo đã gửi, đúng như lần gửi gần nhất (404 khi đơn vị chưa gửi).")
    @Get
    ReportView get(Actor actor, long unitId, long obligationId, String periodCode) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).orElse(null);
        if (!sent.readsDrafts(actor, unit)) {
            return sentView(slot, SentReports.sentOnly(report));
        }
        return view(slot, report);
    }

    @Answers(errors = 409)
    @Operation(operationId = "saveReportDraft", summary = "Lưu bản nháp", description = "Lưu mọi câu trả lời, kể cả chưa hợp lệ; tên trường không có trong biểu mẫu bị từ chối "
            + "(400, mã report.unknownField).")
    @Put
    ReportView saveDraft(Actor actor, long unitId, long obligationId, String periodCode, @Body AnswersBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Map<String, String> answers = body.answers() == null ? Map.of() : body.answers();
        service.refuseUnknownFields(slot, answers);
        return view(slot, service.saveDraft(actor, slot, answers));
    }

    @Answers(value = 201, also = 200, errors = {409, 422})
    @Operation(operationId = "sendReport", summary = "Gửi báo cáo", description = "Idempotency-Key bắt buộc: gửi lại cùng khóa (bấm hai lần, thử lại khi hết giờ chờ) chỉ ghi một lần "
            + "và trả về 200 thay vì 201. Lỗi nhập liệu: 400 VALIDATION_FAILED với lỗi theo từng trường (report.field.notNumber, report.field.tooLarge: "
            + "quá 15 chữ số phần nguyên, report.field.tooManyDecimals, report.unknownField...). Số là số thập phân viết thường (\"1200\", \"92,5\"), "
            + "không dùng dạng mũ.")
    @Post
    HttpResponse<ReportView> submit(Actor actor, long unitId, long obligationId, String periodCode, @Parameter(required = true, description = "Khóa do bên gọi tạo cho lần gửi này (ví dụ UUID); gửi lại cùng khóa không ghi thêm.") @Nullable @Header("Idempotency-Key") String key,
                                    @Body AnswersBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        SendOutcome sent = service.submit(actor, slot, body.answers() == null ? Map.of() : body.answers(), key);
        return HttpResponse.status(sent.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(view(slot, sent.report()))
                .header("Location", "/api/v1/units/" + unitId + "/reports/" + obligationId + "/" + periodCode);
    }

    /** A report as read from above: the last send, its state as its recipient knows it. */
    private ReportView sentView(Slot slot, Report report) {
        ReportStatus status = ReportStatus.of(SentReports.facts(report), slot.schedule().lateFrom(slot.period()), clock.instant());
        return new ReportView(report.id(), report.unitId(), report.obligationId(), report.periodCode(), SentReports.state(report).name(), status.name(),
                report.firstSubmittedAt(), report.submittedAt(), report.revision(), sent.answers(report));
    }

    private ReportView view(Slot slot, Report report) {
        ReportStatus status = ReportStatus.of(report == null ? ReportStatus.Facts.none() : report.facts(), slot.schedule().lateFrom(slot.period()),
                clock.instant());
        if (report == null) {
            return new ReportView(null, slot.unit().id(), slot.obligation().id(), slot.period().code(), null, status.name(), null, null, 0, Map.of());
        }
        return new ReportView(report.id(), report.unitId(), report.obligationId(), report.periodCode(), report.status().name(), status.name(),
                report.firstSubmittedAt(), report.submittedAt(), report.revision(), service.answersOf(report));
    }
}
