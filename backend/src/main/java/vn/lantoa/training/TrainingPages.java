package vn.lantoa.training;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

public final class TrainingPages {

    private TrainingPages() {
    }

    public record ListPage(Shell shell, List<Training> organised, List<InvitationRow> invitations, boolean organises) {
    }

    public record NewPage(Shell shell, TrainingInput form, List<Option> audiences, List<StoredFile> files, FieldErrors errors) {
    }

    /**
     * One training: for its organiser, the invited units with their people and the per-subtree counts; for an invited unit,
     * the programme, materials and its own registration.
     */
    public record TrainingPage(Shell shell, Training training, String organiserName, boolean organiser, List<StoredFile> materials,
                               List<InviteRow> invites, List<SubtreeCount> subtrees, Map<Long, List<TrainingAttendee>> attendees,
                               boolean registrationOpen, boolean started, boolean writes, @Nullable String people, FieldErrors errors) {

        public List<TrainingAttendee> attendeesOf(long unitId) {
            return attendees.getOrDefault(unitId, List.of());
        }

        public long unitsAttended() {
            return invites.stream().filter(InviteRow::attended).count();
        }

        public long peoplePresent() {
            return invites.stream().mapToLong(InviteRow::present).sum();
        }
    }

    /** Per unit directly below the organiser: how many of its invited units came, and how many people. */
    public record SubtreeCount(String name, long invited, long attended, long registered, long present) {
    }
}
