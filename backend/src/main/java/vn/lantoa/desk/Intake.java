package vn.lantoa.desk;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * Receiving a case from the public form: the same text to the same unit within a day is not stored twice (the
 * citizen is told the first case's code), a new case gets its code, a private follow token (only its hash is
 * kept), its first history step and, when the citizen gave an address, a confirmation mail.
 */
@Singleton
public class Intake {

    static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final MailOutbox outbox;
    private final DeskMails mails;
    private final vn.lantoa.audit.AuditLog audit;
    private final Clock clock;
    private final CaseEvents events;
    private final SlaClock sla;
    private final CasePaths paths;
    /** Draws case codes; a test puts a taken one first. */
    java.util.function.Function<Instant, String> codes = CaseCodes::next;

    Intake(DeskCaseRepository cases, CaseStepRepository steps, MailOutbox outbox, DeskMails mails, vn.lantoa.audit.AuditLog audit, Clock clock,
           CaseEvents events, SlaClock sla, CasePaths paths) {
        this.sla = sla;
        this.paths = paths;
        this.audit = audit;
        this.cases = cases;
        this.steps = steps;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
    }

    /** A case as the citizen's confirmation shows it: the token only for a new case, since an old one's is not kept. */
    record Receipt(DeskCase deskCase, String token, boolean duplicate) {
    }

    @Transactional
    Receipt receive(UnitRef unit, String unitName, FeedbackForm.Valid form, String sourceAddress, Function<String, String> followLink) {
        return receive(unit, unitName, form, sourceAddress, followLink, saved -> { });
    }

    /** As above; {@code alongside} runs in the same transaction once a new case is written (the citizen's attachments). */
    @Transactional
    Receipt receive(UnitRef unit, String unitName, FeedbackForm.Valid form, String sourceAddress, Function<String, String> followLink,
                    java.util.function.Consumer<DeskCase> alongside) {
        long unitId = unit.id();
        Instant now = clock.instant();
        String messageHash = SecretTokens.sha256(VietnameseText.squish(form.message()).toLowerCase(java.util.Locale.ROOT));
        var duplicate = cases.findDuplicate(unitId, messageHash, now.minus(DUPLICATE_WINDOW));
        if (duplicate.isPresent()) {
            return new Receipt(duplicate.get(), null, true);
        }
        String token = SecretTokens.newToken();
        DeskCase saved = null;
        while (saved == null) {
            // The unique key finds a code already taken (810,000 codes per unit and month), also one a submission
            // committing at the same moment took; only that statement fails, and the case is written again under a new
            // code. Asking first cost a query on every submission and still let two at once take the same code.
            String code = codes.apply(now);
            try {
                saved = cases.save(new DeskCase(null, unitId, code, SecretTokens.sha256(token), Channel.WEB_FORM, form.topic(), form.concernedUnitId(),
                        form.message(), messageHash, searchText(code, form.name(), form.phone(), form.email(), form.message()), form.name(),
                        form.phone(), form.email(), now, SecretTokens.sha256("desk-source:" + sourceAddress), CaseStatus.MOI, false, null, now,
                        null, null, null, null, null, null, null, now, now, null).withDeadlines(sla.deadlines(unitId, form.topic(), now)));
            } catch (DataAccessException e) {
                if (!codeTaken(e)) {
                    throw e;
                }
            }
        }
        steps.save(new CaseStep(null, unitId, saved.id(), StepKind.RECEIVED, now, null, null, null, true));
        paths.place(unitId, saved.id());
        alongside.accept(saved);
        if (saved.citizenEmail() != null) {
            outbox.enqueue(mails.received(saved, unitName, followLink.apply(token)));
        }
        events.opened(saved, unit, now);
        return new Receipt(saved, token, false);
    }

    private static boolean codeTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains("uq_desk_case_code")) {
                return true;
            }
        }
        return false;
    }

    /** A call, visit or mail the officer took: received at the time given, and taken in hand by the one who logs it. */
    @Transactional
    public DeskCase log(vn.lantoa.tenancy.Actor actor, long unitId, ContactForm.Valid form) {
        Instant now = clock.instant();
        String code = CaseCodes.next(form.at());
        while (cases.existsByUnitIdAndCode(unitId, code)) {
            code = CaseCodes.next(form.at());
        }
        String messageHash = SecretTokens.sha256(VietnameseText.squish(form.summary()).toLowerCase(java.util.Locale.ROOT));
        DeskCase saved = cases.save(new DeskCase(null, unitId, code, null, form.channel(), form.topic(), null, form.summary(), messageHash,
                searchText(code, form.caller(), null, null, form.summary()), form.caller(), null, null, null, null, CaseStatus.DA_TIEP_NHAN, false,
                null, form.at(), now, null, null, null, null, null, null, now, now, null).withDeadlines(sla.deadlines(unitId, form.topic(), form.at())));
        steps.save(new CaseStep(null, unitId, saved.id(), StepKind.LOGGED, now, actor.userId(), actor.fullName(), null, true));
        paths.place(unitId, saved.id());
        audit.record(actor, unitId, "desk.logged", "desk_case", saved.id(), saved.code(), null, Map.of("channel", form.channel().name()));
        events.opened(saved, now);
        return saved;
    }

    public static String searchText(String code, String name, String phone, String email, String message) {
        StringBuilder sb = new StringBuilder(code);
        for (String part : new String[] {name, phone, email, message}) {
            if (part != null) {
                sb.append(' ').append(part);
            }
        }
        return VietnameseText.fold(VietnameseText.oneSpace(sb.toString()));
    }

    /** The hash that finds the same text sent twice: spaces squeezed and letters lowered, as {@link #receive} and {@link #log} compute it. */
    public static String messageHash(String message) {
        return SecretTokens.sha256(VietnameseText.squish(message).toLowerCase(java.util.Locale.ROOT));
    }
}
