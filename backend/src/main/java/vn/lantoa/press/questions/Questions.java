package vn.lantoa.press.questions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Working a journalist's question: recorded with its due date, edited while open, answered in steps (a draft, approved by
 * the spokesperson, the head or the unit's admin, then sent by mail with the written reply as PDF), or declined with a
 * reason (Luật Báo chí 2016, Điều 38: a refusal is given in writing with its reason; it is mailed the same way). A closed
 * question is kept as it was sent. Each step is audited and kept in the question's history.
 */
@Singleton
public class Questions {

    static final int ANSWER_MAX = 20_000;

    private final QuestionRepository questions;
    private final QuestionSteps steps;
    private final QuestionPeople people;
    private final DueDates dueDates;
    private final ReplyLetters letters;
    private final QuestionMails mails;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Questions(QuestionRepository questions, QuestionSteps steps, QuestionPeople people, DueDates dueDates, ReplyLetters letters, QuestionMails mails,
              MailOutbox outbox, AuditLog audit, Clock clock) {
        this.questions = questions;
        this.steps = steps;
        this.people = people;
        this.dueDates = dueDates;
        this.letters = letters;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** A question's fields as they will be saved: contact filled in, assignee checked, the due date reckoned by its rule. */
    public record Checked(QuestionInput.Draft draft, String outletName, String journalistName, String journalistEmail, LocalDate dueOn, DueRule rule) {
    }

    public Checked check(UnitRef unit, QuestionInput input) {
        FieldErrors errors = new FieldErrors();
        QuestionInput.Draft d = input.validate(errors, today());
        Checked checked = null;
        if (d != null) {
            QuestionPeople.Contact contact = null;
            if (d.contactId() != null) {
                contact = people.contact(unit.id(), d.contactId()).orElse(null);
                if (contact == null) {
                    errors.add("contactId", "press.q.contactId.invalid");
                }
            }
            String outlet = d.outletName() != null ? d.outletName() : contact != null && !contact.outletName().isEmpty() ? contact.outletName() : null;
            String journalist = d.journalistName() != null ? d.journalistName() : contact != null ? contact.name() : null;
            String email = d.journalistEmail() != null ? d.journalistEmail() : contact != null && !contact.email().isEmpty() ? contact.email() : null;
            if (outlet == null) {
                errors.add("outletName", "press.q.outletName.required");
            }
            if (journalist == null) {
                errors.add("journalistName", "press.q.journalistName.required");
            }
            if (d.assigneeId() != null && people.desk(unit.id()).stream().noneMatch(m -> m.id() == d.assigneeId().longValue())) {
                errors.add("assigneeId", "press.q.assigneeId.invalid");
            }
            int days = dueDates.defaultDays(unit.id());
            LocalDate byDefault = dueDates.due(d.receivedOn(), days);
            boolean custom = d.dueOn() != null && !d.dueOn().equals(byDefault);
            checked = new Checked(d, outlet, journalist, email, custom ? d.dueOn() : byDefault, custom ? new DueRule(true, 0) : DueRule.ofDefault(days));
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return checked;
    }

    @Transactional
    public Question create(Actor actor, UnitRef unit, Checked c) {
        Instant now = clock.instant();
        QuestionInput.Draft d = c.draft();
        Question saved = questions.save(new Question(null, unit.id(), nextCode(unit.id(), d.receivedOn()), d.receivedOn(), d.channel(), c.outletName(),
                c.journalistName(), c.journalistEmail(), d.contactId(), d.question(), c.dueOn(), c.rule().text(), d.assigneeId(), QuestionStatus.RECEIVED,
                null, null, null, null, null, null, now, actor.userId(), now, null));
        steps.record(unit.id(), saved.id(), "RECEIVED", actor.userId(), null, now);
        audit.record(actor, unit.id(), "pressQuestion.create", "press_question", saved.id(), saved.code(), null, snapshot(saved));
        return saved;
    }

    @Transactional
    Question update(Actor actor, UnitRef unit, long id, long expectedVersion, Checked c) {
        Question current = openForUpdate(unit, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        QuestionInput.Draft d = c.draft();
        Instant now = clock.instant();
        Question saved = questions.update(new Question(current.id(), unit.id(), current.code(), d.receivedOn(), d.channel(), c.outletName(),
                c.journalistName(), c.journalistEmail(), d.contactId(), d.question(), c.dueOn(), c.rule().text(), d.assigneeId(), current.status(),
                current.draftText(), current.answerText(), current.approvedBy(), current.approvedAt(), null, null, current.createdAt(),
                current.createdBy(), now, current.version()));
        steps.record(unit.id(), id, "EDITED", actor.userId(), null, now);
        audit.record(actor, unit.id(), "pressQuestion.update", "press_question", id, saved.code(), snapshot(current), snapshot(saved));
        return saved;
    }

    /** Saves the draft answer; changing an approved draft takes the approval back (what was approved is no longer what goes out). */
    @Transactional
    public Question saveDraft(Actor actor, UnitRef unit, long id, String text) {
        FieldErrors errors = new FieldErrors();
        String clean = Fields.multiline(errors, "draftText", text, ANSWER_MAX);
        if (clean == null && !errors.hasAny()) {
            errors.add("draftText", "press.q.draftText.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Question current = openForUpdate(unit, id);
        Instant now = clock.instant();
        boolean same = clean.equals(current.draftText()) && current.status() == QuestionStatus.APPROVED;
        Question saved = questions.update(same ? current : current.withStatus(QuestionStatus.DRAFTED, clean, null, null, null, null, null, now));
        if (!same) {
            steps.record(unit.id(), id, "DRAFTED", actor.userId(), null, now);
            audit.record(actor, unit.id(), "pressQuestion.draft", "press_question", id, current.code(), null, Map.of("draftText", clean));
        }
        return saved;
    }

    @Transactional
    public Question approve(Actor actor, UnitRef unit, long id) {
        requireApprover(actor, unit);
        Question current = openForUpdate(unit, id);
        if (current.status() != QuestionStatus.DRAFTED || current.draftText() == null) {
            throw new ConflictException("QUESTION_NOT_DRAFTED", "press.q.conflict.notDrafted");
        }
        Instant now = clock.instant();
        Question saved = questions.update(current.withStatus(QuestionStatus.APPROVED, current.draftText(), null, actor.userId(), now, null, null, now));
        steps.record(unit.id(), id, "APPROVED", actor.userId(), null, now);
        audit.record(actor, unit.id(), "pressQuestion.approve", "press_question", id, current.code(), null, Map.of("approvedBy", actor.userId()));
        return saved;
    }

    /** Mails the approved answer with the written reply, and closes the question as sent. */
    @Transactional
    public Question send(Actor actor, UnitRef unit, long id) {
        Question current = openForUpdate(unit, id);
        if (current.status() != QuestionStatus.APPROVED) {
            throw new ConflictException("QUESTION_NOT_APPROVED", "press.q.conflict.notApproved");
        }
        if (current.journalistEmail() == null) {
            throw new ConflictException("QUESTION_NO_EMAIL", "press.q.conflict.noEmail");
        }
        Instant now = clock.instant();
        Question saved = questions.update(current.withStatus(QuestionStatus.SENT, current.draftText(), current.draftText(), current.approvedBy(),
                current.approvedAt(), now, actor.userId(), now));
        outbox.enqueue(mails.answer(saved, unit, letters.pdf(unit, saved)));
        steps.record(unit.id(), id, "SENT", actor.userId(), saved.journalistEmail(), now);
        audit.record(actor, unit.id(), "pressQuestion.send", "press_question", id, current.code(), null, Map.of("to", saved.journalistEmail()));
        return saved;
    }

    /**
     * Declines with a reason, which closes the question. Only those who may approve an answer may refuse one; the refusal is
     * mailed with its written reply when the journalist left an address, and kept either way.
     */
    @Transactional
    Question decline(Actor actor, UnitRef unit, long id, String reason) {
        requireApprover(actor, unit);
        FieldErrors errors = new FieldErrors();
        String clean = Fields.multiline(errors, "reason", reason, ANSWER_MAX);
        if (clean == null && !errors.hasAny()) {
            errors.add("reason", "press.q.reason.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Question current = openForUpdate(unit, id);
        Instant now = clock.instant();
        Question saved = questions.update(current.withStatus(QuestionStatus.DECLINED, current.draftText(), clean, actor.userId(), now, now,
                actor.userId(), now));
        if (saved.journalistEmail() != null) {
            outbox.enqueue(mails.declined(saved, unit, letters.pdf(unit, saved)));
        }
        steps.record(unit.id(), id, "DECLINED", actor.userId(), clean, now);
        audit.record(actor, unit.id(), "pressQuestion.decline", "press_question", id, current.code(), null, Map.of("reason", clean));
        return saved;
    }

    boolean canApprove(Actor actor, UnitRef unit) {
        return actor.platformAdmin() && !actor.isMachine() || actor.hasRoleAt(unit, QuestionPeople.APPROVERS.toArray(vn.lantoa.tenancy.Role[]::new));
    }

    private void requireApprover(Actor actor, UnitRef unit) {
        if (!canApprove(actor, unit)) {
            throw new ForbiddenException("approve a press question");
        }
    }

    private Question openForUpdate(UnitRef unit, long id) {
        Question current = questions.findForUpdate(unit.id(), id).orElseThrow(() -> new NotFoundException("question " + id));
        if (!current.status().open()) {
            throw new ConflictException("QUESTION_CLOSED", "press.q.conflict.closed");
        }
        return current;
    }

    private String nextCode(long unitId, LocalDate receivedOn) {
        String prefix = "YC-" + receivedOn.getYear() + "-";
        return prefix + String.format("%04d", questions.countCodes(unitId, prefix + "%") + 1);
    }

    private static Map<String, Object> snapshot(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receivedOn", String.valueOf(q.receivedOn()));
        m.put("channel", q.channel().name());
        m.put("outletName", q.outletName());
        m.put("journalistName", q.journalistName());
        m.put("journalistEmail", q.journalistEmail());
        m.put("contactId", q.contactId());
        m.put("question", q.question());
        m.put("dueOn", String.valueOf(q.dueOn()));
        m.put("dueRule", q.dueRule());
        m.put("assigneeId", q.assigneeId());
        return m;
    }
}
