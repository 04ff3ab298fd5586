package vn.lantoa.desk.qa;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Preparing, editing, publishing and withdrawing a unit's public Q&A. A Q&A starts from an answered case with the
 * citizen's personal data stripped; it reaches the public site only when the head publishes it, and leaves it when they
 * unpublish it. Each step is audited and drops the unit's cached public pages.
 */
@Singleton
class QaService {

    private final QaRepository qas;
    private final PublicChanges publicChanges;
    private final AuditLog audit;
    private final Clock clock;

    QaService(QaRepository qas, PublicChanges publicChanges, AuditLog audit, Clock clock) {
        this.qas = qas;
        this.publicChanges = publicChanges;
        this.audit = audit;
        this.clock = clock;
    }

    /** The texts proposed for a case: its message and answer without the citizen's name, phones and addresses. */
    record Proposal(String question, String answer, List<String> removed) {
    }

    static Proposal propose(DeskCase c) {
        List<String> names = new ArrayList<>();
        if (c.citizenName() != null) {
            names.add(c.citizenName());
        }
        PersonalData.Stripped q = PersonalData.strip(c.message(), names);
        PersonalData.Stripped a = PersonalData.strip(c.answerText(), names);
        List<String> removed = new ArrayList<>(q.removed());
        a.removed().stream().filter(r -> !removed.contains(r)).forEach(removed::add);
        for (String given : new String[] {c.citizenPhone(), c.citizenEmail()}) {
            if (given != null && !removed.contains(given) && (c.message().contains(given) || (c.answerText() != null && c.answerText().contains(given)))) {
                removed.add(given);
            }
        }
        return new Proposal(q.text(), a.text(), removed);
    }

    @Transactional
    Qa create(Actor actor, DeskCase c, QaForm.Valid form, boolean publish) {
        if (c.answeredAt() == null || c.spam()) {
            throw new ConflictException("desk.qa.conflict.notAnswered");
        }
        if (qas.findByUnitIdAndCaseId(c.unitId(), c.id()).isPresent()) {
            throw new ConflictException("desk.qa.conflict.exists");
        }
        Instant now = clock.instant();
        Proposal proposal = propose(c);
        Qa saved = qas.save(new Qa(null, c.unitId(), c.id(), form.topic(), form.question(), form.answer(), searchText(form),
                proposal.removed().isEmpty() ? null : String.join("\n", proposal.removed()), publish, publish ? now : null, actor.userId(), now, now,
                null));
        audit.record(actor, c.unitId(), publish ? "desk.qa.published" : "desk.qa.prepared", "desk_qa", saved.id(), c.code(), null,
                Map.of("caseId", c.id()));
        if (publish) {
            publicChanges.changed(c.unitId());
        }
        return saved;
    }

    @Transactional
    Qa update(Actor actor, long unitId, long id, QaForm.Valid form) {
        Qa qa = qas.findForUpdate(unitId, id).orElseThrow(() -> new NotFoundException("qa " + id));
        Qa saved = qas.update(qa.with(form.topic(), form.question(), form.answer(), searchText(form), qa.published(), qa.publishedAt(), clock.instant()));
        audit.record(actor, unitId, "desk.qa.edited", "desk_qa", id, shortText(form.question()), null, null);
        if (qa.published()) {
            publicChanges.changed(unitId);
        }
        return saved;
    }

    @Transactional
    Qa publish(Actor actor, long unitId, long id, boolean publish) {
        Qa qa = qas.findForUpdate(unitId, id).orElseThrow(() -> new NotFoundException("qa " + id));
        if (qa.published() == publish) {
            throw new ConflictException(publish ? "desk.qa.conflict.published" : "desk.qa.conflict.unpublished");
        }
        Instant now = clock.instant();
        Qa saved = qas.update(qa.with(qa.topic(), qa.question(), qa.answer(), qa.searchText(), publish, publish ? now : null, now));
        audit.record(actor, unitId, publish ? "desk.qa.published" : "desk.qa.unpublished", "desk_qa", id, shortText(qa.question()), null, null);
        publicChanges.changed(unitId);
        return saved;
    }

    static String searchText(QaForm.Valid form) {
        return VietnameseText.fold((form.question() + " " + form.answer()).replaceAll("\\s+", " "));
    }

    private static String shortText(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
