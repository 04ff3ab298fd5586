package vn.lantoa.training;

import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.shell.HomeCard;
import vn.lantoa.shell.HomeCards;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The home card of trainings the unit is invited to and that are still ahead, for those who register its people. */
@Singleton
class TrainingCards implements HomeCards {

    private final TrainingRepository trainings;
    private final Clock clock;

    TrainingCards(TrainingRepository trainings, Clock clock) {
        this.trainings = trainings;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Shell shell) {
        if (shell.unit() == null || !shell.can(Permission.MANAGE_PLANS)) {
            return List.of();
        }
        LocalDate today = VietnamTime.today(clock);
        List<InvitationRow> coming = trainings.invitations(shell.unit().id(), today, 5);
        if (coming.isEmpty()) {
            return List.of();
        }
        String base = shell.unitBase() + "/trainings";
        List<HomeCard.Line> lines = new ArrayList<>();
        for (InvitationRow r : coming) {
            boolean open = !today.isAfter(r.registrationDeadline());
            String note = shell.t("training.card.line", r.organiserName(), shell.date(r.startsOn()), r.registered())
                    + (open ? " · " + shell.t("training.card.deadline", shell.date(r.registrationDeadline())) : "");
            lines.add(HomeCard.Line.link(r.title(), base + "/" + r.id(), note, open && r.registered() == 0));
        }
        return List.of(new HomeCard("home-trainings", 60, false, "info", shell.t("training.card.title"), shell.t("training.card.summary", coming.size()),
                lines, base, shell.t("training.card.more")));
    }
}
