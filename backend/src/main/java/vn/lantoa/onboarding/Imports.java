package vn.lantoa.onboarding;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.people.InviteForm;
import vn.lantoa.people.Invitations;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.mail.BatchProgress;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitForm;
import vn.lantoa.unit.UnitService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Bulk onboarding: a file is read and checked into a preview; once confirmed, every unit and admin is
 * created in one transaction on a background thread, so a failure on line 480 leaves nothing of lines
 * 1 to 479. Progress is written aside for the page to poll.
 */
@Singleton
public class Imports {

    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);
    private static final Argument<List<ImportRow>> ROWS = Argument.listOf(ImportRow.class);
    private static final int PROGRESS_EVERY = 10;

    private final ImportJobRepository jobs;
    private final ImportChecker checker;
    private final UnitService unitService;
    private final Invitations invitations;
    private final UnitRefRepository refs;
    private final Access access;
    private final AuditLog audit;
    private final JsonMapper json;
    private final SynchronousTransactionManager<Connection> transactions;
    private final ExecutorService executor;
    private final Languages languages;
    private final Clock clock;
    private final MailOutbox outbox;

    Imports(ImportJobRepository jobs, ImportChecker checker, UnitService unitService, Invitations invitations, UnitRefRepository refs,
            Access access, AuditLog audit, JsonMapper json, SynchronousTransactionManager<Connection> transactions,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor, Languages languages, Clock clock, MailOutbox outbox) {
        this.jobs = jobs;
        this.checker = checker;
        this.unitService = unitService;
        this.invitations = invitations;
        this.refs = refs;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.executor = executor;
        this.languages = languages;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Reads and checks a file; stores the result as a preview. Throws for a file that cannot be read at all. */
    public long preview(Actor actor, UnitRef importer, String fileName, byte[] content) {
        access.require(actor, importer, Permission.IMPORT_UNITS);
        if (content.length == 0) {
            throw UserInputException.of("file", "file.empty");
        }
        List<ImportRow> rows = checker.check(importer, SheetReader.read(content));
        int invalid = (int) rows.stream().filter(r -> !r.valid()).count();
        String clean = VietnameseText.blankToNull(fileName);
        String name = clean == null ? "import" : clean;
        ImportJob job = jobs.save(new ImportJob(null, importer.id(), actor.userId(), name.length() > 255 ? name.substring(0, 255) : name,
                ImportStatus.PREVIEW, rows.size(), 0, invalid, write(rows), null, clock.instant(), null, null));
        return job.id();
    }

    public ImportJob job(Actor actor, UnitRef importer, long jobId) {
        access.require(actor, importer, Permission.IMPORT_UNITS);
        return jobs.findByUnitIdAndId(importer.id(), jobId).orElseThrow(() -> new NotFoundException("import " + jobId));
    }

    public List<ImportJob> recent(UnitRef importer) {
        return jobs.findRecent(importer.id());
    }

    public List<ImportRow> rows(ImportJob job) {
        try {
            return json.readValue(job.payload(), ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the import of a checked preview; a second confirmation of the same job does nothing. True when this call
     * started it, false when it was no longer waiting (already started, finished or cancelled).
     */
    public boolean confirm(Actor actor, UnitRef importer, long jobId) {
        ImportJob job = job(actor, importer, jobId);
        if (job.rowsInvalid() > 0) {
            throw UserInputException.of("file", "import.confirm.hasErrors");
        }
        if (jobs.start(importer.id(), jobId) != 1) {
            return false;
        }
        List<ImportRow> rows = rows(job);
        executor.submit(() -> run(actor, importer, jobId, rows));
        return true;
    }

    /** The invitations an import queued: how many wait in the mail queue, were sent, or could not be sent. */
    public BatchProgress invitations(ImportJob job) {
        return outbox.progress(invitationBatch(job.id()));
    }

    private static String invitationBatch(long jobId) {
        return "import-" + jobId;
    }

    /** Drops a preview that was not confirmed; true when this call cancelled it, false when it was no longer waiting. */
    public boolean cancel(Actor actor, UnitRef importer, long jobId) {
        job(actor, importer, jobId);
        return jobs.cancel(importer.id(), jobId, clock.instant()) == 1;
    }

    void run(Actor actor, UnitRef importer, long jobId, List<ImportRow> rows) {
        try {
            outbox.inBatch(invitationBatch(jobId), () -> transactions.executeWrite(status -> {
                Map<Integer, Long> createdByLine = new HashMap<>();
                int done = 0;
                for (ImportRow row : rows) {
                    importRow(actor, row, createdByLine);
                    done++;
                    if (done % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, done);
                    }
                }
                audit.record(actor, importer.id(), "import.completed", "import", jobId,
                        "Nhập " + rows.size() + " đơn vị từ tệp", null, Map.of("rows", rows.size()));
                return null;
            }));
            jobs.progress(jobId, rows.size());
            jobs.finish(jobId, ImportStatus.DONE, null, clock.instant());
        } catch (LineFailure e) {
            jobs.finish(jobId, ImportStatus.FAILED, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Import {} failed", jobId, e);
            jobs.finish(jobId, ImportStatus.FAILED, languages.vietnamese().t("error.internal"), clock.instant());
        }
    }

    private void importRow(Actor actor, ImportRow row, Map<Integer, Long> createdByLine) {
        try {
            Long parentId = row.parentLine() != null ? createdByLine.get(row.parentLine()) : row.parentUnitId();
            FieldErrors errors = new FieldErrors();
            UnitDraft draft = new UnitForm(row.name(), row.shortName(), row.type(), row.level(), row.code(), "", row.address(), row.phone(),
                    row.email(), row.website(), "", "", "").validate(errors);
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            Unit created = unitService.create(actor, parentId, draft);
            createdByLine.put(row.line(), created.id());
            if (row.adminEmail() != null) {
                UnitRef ref = refs.findById(created.id()).orElseThrow();
                invitations.invite(actor, ref, new InviteForm.Invite(row.adminEmail(), row.adminName(), null, Role.UNIT_ADMIN));
            }
        } catch (UserInputException e) {
            var first = e.errors().all().get(0);
            var t = languages.vietnamese();
            ImportColumns column = ImportColumns.ofField(first.field());
            String problem = t.t(first.key(), first.args().toArray());
            throw new LineFailure(column == null ? t.t("import.failedAtLine", String.valueOf(row.line()), problem)
                    : t.t("import.failedAtLineColumn", String.valueOf(row.line()), column.header(), problem));
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int n = jobs.failInterrupted$WithoutTenancy(clock.instant().minus(Duration.ofHours(1)), clock.instant());
        if (n > 0) {
            LOG.warn("{} imports were interrupted by a shutdown and have been marked failed (their changes were rolled back)", n);
        }
    }

    private String write(List<ImportRow> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line that could not be imported after all (the data changed since the preview). */
    private static final class LineFailure extends RuntimeException {
        LineFailure(String message) {
            super(message);
        }
    }
}
