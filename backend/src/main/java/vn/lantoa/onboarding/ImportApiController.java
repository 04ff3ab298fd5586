package vn.lantoa.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.BatchProgress;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bulk onboarding as JSON, the same steps as the import pages: upload a file, read its lines with their errors,
 * confirm (or cancel), follow the import until it is done. For the admins of the unit the units go under and the
 * admins above it; never with an API key (a key does not run the structure).
 */
@Controller("/api/v1/units/{unitId}/imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nhập dữ liệu")
class ImportApiController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An import: where it stands and how far it got. invitations only once it is done. */
    @Serdeable
    record ImportJobView(long id, String fileName, String status, boolean finished, boolean confirmable, int rowsTotal, int rowsInvalid,
                         int rowsDone, @Nullable String failure, Instant createdAt, @Nullable Instant finishedAt,
                         @Nullable Invitations invitations) {
    }

    /** The invitation mails an import queued for the new units' admins: still waiting, sent, or given up. */
    @Serdeable
    record Invitations(long queued, long sent, long failed) {
    }

    /** One line of the file as read and checked; the parent is a unit that exists (parentUnitId) or an earlier line (parentLine). */
    @Serdeable
    record ImportLine(int line, boolean valid, @Nullable String code, @Nullable String name, @Nullable String shortName, @Nullable String type,
                      @Nullable String schoolLevel, @Nullable String parent, @Nullable String address, @Nullable String phone,
                      @Nullable String email, @Nullable String website, @Nullable String adminEmail, @Nullable String adminName,
                      @Nullable Long parentUnitId, @Nullable Integer parentLine, @Nullable String parentName, List<LineError> errors) {
    }

    /** A problem of a line: the field and the column of the file it is in, a stable code and the message in Vietnamese. */
    @Serdeable
    record LineError(String field, @Nullable String column, String code, String message) {
    }

    private static final Sorting<ImportRow> LINE_ORDER = Sorting.by(Map.of("line", Comparator.comparingInt(ImportRow::line)));

    private final Imports imports;
    private final Access access;
    private final Languages languages;

    ImportApiController(Imports imports, Access access, Languages languages) {
        this.imports = imports;
        this.access = access;
        this.languages = languages;
    }

    @Answers(201)
    @Operation(operationId = "uploadImport", summary = "Tải lên tệp CSV hoặc XLSX để nhập đơn vị và quản trị viên (multipart, trường file)",
            description = "Tệp được đọc và kiểm tra từng dòng theo đúng quy tắc của biểu mẫu đơn vị (dòng đầu là tiêu đề; cột bắt buộc: "
                    + "Tên đơn vị, Loại; tối đa 5.000 dòng, 10 MB; CSV dạng UTF-8). Chưa có gì được ghi: trả về 201 với lần nhập ở trạng thái "
                    + "PREVIEW và Location của nó; xem các dòng và lỗi ở GET .../lines, rồi xác nhận bằng POST .../confirm. "
                    + "Tệp không đọc được: 400 VALIDATION_FAILED, trường file, với lời giải thích tiếng Việt (import.file.badCsv, "
                    + "import.file.notUtf8, import.file.badXlsx, import.file.oldExcel, import.file.missingColumns, import.file.noRows, "
                    + "import.file.tooManyRows, file.tooLarge, file.empty, file.required).")
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportJobView> uploadImport(Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            throw UserInputException.of("file", "file.required");
        }
        if (file.getSize() > ImportController.MAX_FILE_BYTES) {
            throw UserInputException.of("file", "file.tooLarge", ImportController.MAX_FILE_BYTES / (1024 * 1024));
        }
        long jobId;
        try {
            jobId = imports.preview(actor, unit, file.getFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.created(view(imports.job(actor, unit, jobId)), URI.create("/api/v1/units/" + unitId + "/imports/" + jobId));
    }

    @Operation(operationId = "getImport", summary = "Một lần nhập: trạng thái, số dòng, tiến độ",
            description = "status: PREVIEW (đã kiểm tra, chờ xác nhận), RUNNING (đang nhập; rowsDone/rowsTotal là tiến độ), DONE, FAILED "
                    + "(không có gì được lưu; failure nói lý do), CANCELLED. confirmable: đang chờ xác nhận và không có dòng lỗi. "
                    + "invitations: thư mời quản trị viên các đơn vị mới, khi đã nhập xong.")
    @Get("/{jobId}")
    ImportJobView getImport(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        return view(imports.job(actor, unit, jobId));
    }

    @Operation(operationId = "listImportLines", summary = "Các dòng của tệp đã tải lên, với lỗi của từng dòng",
            description = "Theo thứ tự dòng trong tệp (dòng 1 là tiêu đề). errorsOnly=true: chỉ các dòng có lỗi. sort: line (mặc định) hoặc "
                    + "-line. Mỗi lỗi có trường, cột của tệp, mã ổn định và thông báo tiếng Việt.")
    @Get("/{jobId}/lines")
    ApiList<ImportLine> listImportLines(Actor actor, long unitId, long jobId, @Nullable @QueryValue Boolean errorsOnly,
                                       @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                       @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        Paging paging = Paging.of(page, perPage);
        ImportJob job = imports.job(actor, unit, jobId);
        List<ImportRow> rows = imports.rows(job).stream().filter(r -> !Boolean.TRUE.equals(errorsOnly) || !r.valid()).toList();
        ApiList<ImportRow> shown = paging.slice(LINE_ORDER.sort(sort, rows));
        Translator vi = languages.vietnamese();
        return paging.of(shown.items().stream().map(r -> line(r, vi)).toList(), shown.total());
    }

    @Answers(errors = {409, 422})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false, schema = @Schema(implementation = String.class, maxLength = 255),
            description = "Khóa do bên gọi tạo (ví dụ UUID) để gửi lại an toàn: cùng khóa và cùng yêu cầu trong 24 giờ nhận lại đúng câu trả lời "
                    + "lần đầu (Idempotent-Replayed: true); cùng khóa cho yêu cầu khác: 422; khi lần đầu chưa xong: 409.")
    @Operation(operationId = "confirmImport", summary = "Xác nhận nhập: tạo mọi đơn vị và mời quản trị viên",
            description = "Chỉ khi lần nhập đang chờ xác nhận (PREVIEW) và không còn dòng lỗi; nếu không: 409 CONFLICT. Việc nhập chạy nền "
                    + "trong một giao dịch (lỗi ở một dòng thì không có gì được lưu); trả về lần nhập ở trạng thái RUNNING, theo dõi bằng "
                    + "GET .../imports/{jobId} đến khi finished.")
    @Post("/{jobId}/confirm")
    ImportJobView confirmImport(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        ImportJob job = imports.job(actor, unit, jobId);
        if (job.status() == ImportStatus.PREVIEW && job.rowsInvalid() > 0) {
            throw new ConflictException("import.confirm.hasErrors");
        }
        if (job.status() != ImportStatus.PREVIEW || !imports.confirm(actor, unit, jobId)) {
            throw new ConflictException("import.notWaiting");
        }
        return view(imports.job(actor, unit, jobId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "cancelImport", summary = "Hủy một lần nhập chưa xác nhận",
            description = "Chỉ khi lần nhập đang chờ xác nhận (PREVIEW); nếu không: 409 CONFLICT. Không có gì được lưu. Trả về lần nhập ở "
                    + "trạng thái CANCELLED.")
    @Post("/{jobId}/cancel")
    ImportJobView cancelImport(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        if (!imports.cancel(actor, unit, jobId)) {
            throw new ConflictException("import.notWaiting");
        }
        return view(imports.job(actor, unit, jobId));
    }

    @Operation(operationId = "downloadImportTemplate", summary = "Tệp mẫu để điền (CSV hoặc XLSX)",
            description = "format: csv (mặc định, UTF-8) hoặc xlsx. Các cột theo thứ tự việc kiểm tra cần, kèm ba dòng ví dụ.",
            responses = @ApiResponse(responseCode = "200", description = "Tệp mẫu", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @Get("/template")
    // JSON too, so that a client asking for JSON gets its 400 or 403 as JSON rather than 406.
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    HttpResponse<?> downloadImportTemplate(Actor actor, long unitId, @Nullable @QueryValue String format) {
        access.require(actor, unitId, Permission.IMPORT_UNITS);
        String asked = format == null || format.isBlank() ? "csv" : format.strip();
        return switch (asked) {
            case "csv" -> HttpResponse.ok(ImportTemplates.csv()).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", ContentDisposition.attachment("mau-nhap-don-vi.csv"));
            case "xlsx" -> HttpResponse.ok(ImportTemplates.xlsx()).contentType(XLSX)
                    .header("Content-Disposition", ContentDisposition.attachment("mau-nhap-don-vi.xlsx"));
            default -> throw UserInputException.of("format", "api.import.format");
        };
    }

    private ImportJobView view(ImportJob job) {
        BatchProgress sent = job.status() == ImportStatus.DONE ? imports.invitations(job) : null;
        String failure = "interrupted".equals(job.failure()) ? languages.vietnamese().t("import.interrupted") : job.failure();
        return new ImportJobView(job.id(), job.fileName(), job.status().name(), job.status().finished(),
                job.status() == ImportStatus.PREVIEW && job.rowsInvalid() == 0, job.rowsTotal(), job.rowsInvalid(), job.rowsDone(), failure,
                job.createdAt(), job.finishedAt(), sent == null ? null : new Invitations(sent.queued(), sent.sent(), sent.failed()));
    }

    private static ImportLine line(ImportRow r, Translator vi) {
        List<LineError> errors = r.errors().stream().map(e -> {
            ImportColumns column = ImportColumns.ofField(e.field());
            return new LineError(e.field(), column == null ? null : column.header(), e.key(), vi.t(e.key(), e.args().toArray()));
        }).toList();
        return new ImportLine(r.line(), r.valid(), r.code(), r.name(), r.shortName(), r.type(), r.level(), r.parent(), r.address(), r.phone(),
                r.email(), r.website(), r.adminEmail(), r.adminName(), r.parentUnitId(), r.parentLine(), r.parentName(), errors);
    }
}
