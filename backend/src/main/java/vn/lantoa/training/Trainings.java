package vn.lantoa.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trainings: the organiser (MANAGE_PLANS) sets one up for units below it, chosen as shares choose them and fixed then; each
 * invited unit registers its people until the deadline; the organiser records who was present, from the first day on.
 */
@Singleton
public class Trainings {

    static final int PEOPLE_MAX = 200;

    private final TrainingRepository trainings;
    private final TrainingAttendeeRepository people;
    private final Access access;
    private final AuditLog audit;
    private final Languages languages;
    private final Clock clock;

    Trainings(TrainingRepository trainings, TrainingAttendeeRepository people, Access access, AuditLog audit, Languages languages, Clock clock) {
        this.trainings = trainings;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.languages = languages;
        this.clock = clock;
    }

    TrainingInput.Draft check(TrainingInput input) {
        FieldErrors errors = new FieldErrors();
        TrainingInput.Draft draft = input.validate(errors, VietnamTime.today(clock));
        if (draft == null) {
            throw new UserInputException(errors);
        }
        return draft;
    }

    @Transactional
    public Training create(Actor actor, UnitRef unit, TrainingInput.Draft d) {
        access.require(actor, unit, Permission.MANAGE_PLANS);
        var who = d.audience();
        Training saved = trainings.save(new Training(null, unit.id(), d.title(), d.startsOn(), d.endsOn(), d.place(), d.onlineUrl(), d.programme(),
                who.describe(languages.vietnamese()), d.expectedPerUnit(), d.registrationDeadline(), clock.instant(), actor.userId()));
        int invited = trainings.invite(saved.id(), unit.path(), unit.id(), who.type() == null ? null : who.type().name(),
                who.level() == null ? null : who.level().name(), who.maxDepth(unit.depth()));
        if (invited == 0) {
            // Nothing is kept: the transaction rolls the training back too.
            throw UserInputException.of("audience", "training.audience.nobody");
        }
        if (!d.materialIds().isEmpty() && trainings.addMaterials(saved.id(), unit.id(), d.materialIds()) != d.materialIds().size()) {
            throw UserInputException.of("materialIds", "training.materials.invalid");
        }
        audit.record(actor, unit.id(), "training.created", "training", saved.id(), "Tổ chức tập huấn cho " + invited + " đơn vị: " + d.title(), null,
                Map.of("audience", saved.audience(), "invited", invited));
        return saved;
    }

    /** The training as this unit sees it (organiser or invited); 404 for anyone else. */
    Training visible(Actor actor, UnitRef unit, long trainingId) {
        access.require(actor, unit, Permission.VIEW);
        return trainings.visibleTo(unit.id(), trainingId).orElseThrow(() -> new NotFoundException("training " + trainingId));
    }

    /**
     * The invited unit's list of people, one a line ("Họ tên; chức vụ"), replacing what it registered before; refused
     * after the deadline.
     */
    @Transactional
    public int register(Actor actor, UnitRef unit, long trainingId, String lines) {
        access.require(actor, unit, Permission.MANAGE_PLANS);
        Training t = visible(actor, unit, trainingId);
        if (t.unitId().equals(unit.id())) {
            throw new NotFoundException("invitation of " + unit.id() + " to training " + trainingId);
        }
        if (!t.registrationOpen(clock.instant())) {
            throw UserInputException.of("people", "training.register.closed", VietnamTime.date(t.registrationDeadline()));
        }
        List<String[]> listed = people(lines);
        people.clearAttendees(trainingId, unit.id());
        for (String[] p : listed) {
            people.save(new TrainingAttendee(null, unit.id(), trainingId, p[0], p[1], null, clock.instant(), actor.userId()));
        }
        audit.record(actor, unit.id(), "training.registered", "training", trainingId, "Đăng ký " + listed.size() + " người dự tập huấn: " + t.title(),
                null, null);
        return listed.size();
    }

    /** Who was present (the ids ticked; everyone else registered was absent) and a note per invited unit. */
    @Transactional
    public void recordAttendance(Actor actor, UnitRef unit, long trainingId, Set<Long> presentIds, Map<Long, String> notes) {
        access.require(actor, unit, Permission.MANAGE_PLANS);
        Training t = trainings.lockOwn(unit.id(), trainingId).orElseThrow(() -> new NotFoundException("training " + trainingId));
        if (!t.started(clock.instant())) {
            throw UserInputException.of("attendance", "training.attendance.early", VietnamTime.date(t.startsOn()));
        }
        FieldErrors errors = new FieldErrors();
        Set<Long> invited = new HashSet<>();
        trainings.invites(trainingId, unit.path()).forEach(i -> invited.add(i.unitId()));
        for (Map.Entry<Long, String> n : notes.entrySet()) {
            String clean = VietnameseText.blankToNull(VietnameseText.multiline(n.getValue()));
            if (clean != null && clean.length() > 1000) {
                errors.add("note-" + n.getKey(), "field.tooLong", 1000);
            }
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        people.markPresent(trainingId, presentIds.isEmpty() ? List.of(-1L) : presentIds);
        for (Map.Entry<Long, String> n : notes.entrySet()) {
            if (invited.contains(n.getKey())) {
                trainings.note(trainingId, n.getKey(), VietnameseText.blankToNull(VietnameseText.multiline(n.getValue())));
            }
        }
        audit.record(actor, unit.id(), "training.attendance", "training", trainingId, "Ghi điểm danh tập huấn: " + t.title(), null,
                Map.of("present", presentIds.size()));
    }

    /** The people registered for a training the unit organised, for recording who came. */
    public List<TrainingAttendee> attendees(UnitRef organiser, long trainingId) {
        return trainings.visibleTo(organiser.id(), trainingId).filter(t -> t.unitId().equals(organiser.id())).map(t -> people.attendees(trainingId))
                .orElseThrow(() -> new NotFoundException("training " + trainingId));
    }

    /** "Họ tên; chức vụ" (or a tab, or a comma) one a line; blank lines skipped. */
    static List<String[]> people(String lines) {
        List<String[]> people = new ArrayList<>();
        String text = VietnameseText.multiline(lines);
        if (text == null) {
            return people;
        }
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[;\t,]", 2);
            String name = VietnameseText.blankToNull(parts[0]);
            String position = parts.length > 1 ? VietnameseText.blankToNull(parts[1]) : null;
            if (name == null || name.length() > 200 || (position != null && position.length() > 200)) {
                throw UserInputException.of("people", "training.people.line", number);
            }
            people.add(new String[] {name, position});
        }
        if (people.size() > PEOPLE_MAX) {
            throw UserInputException.of("people", "training.people.tooMany", PEOPLE_MAX);
        }
        return people;
    }
}
