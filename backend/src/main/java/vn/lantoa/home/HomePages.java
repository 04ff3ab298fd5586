package vn.lantoa.home;

import vn.lantoa.audit.AuditRow;
import vn.lantoa.committee.Committee;
import vn.lantoa.committee.CommitteeMember;
import vn.lantoa.shell.Shell;
import vn.lantoa.unit.TypeCount;
import vn.lantoa.unit.Unit;

import java.util.List;

public final class HomePages {

    private HomePages() {
    }

    public record Dashboard(Shell shell, Unit unit, List<TypeCount> below, long people, Committee committee, CommitteeMember spokesperson,
                            long committeeMembers, long files, List<AuditRow> recent, List<vn.lantoa.reporting.send.ReportsDue.Due> reportsDue,
                            Approvals approvals, vn.lantoa.desk.DeskSummary.Counts desk, vn.lantoa.desk.tree.Escalations.Card escalated,
                            vn.lantoa.press.desk.PressHomeCard.Card press, vn.lantoa.press.board.IncidentsReachingHere.Card pressBelow,
                            List<vn.lantoa.shell.HomeCard> cards) {

        public List<vn.lantoa.shell.HomeCard> topCards() {
            return cards.stream().filter(vn.lantoa.shell.HomeCard::top).toList();
        }

        public List<vn.lantoa.shell.HomeCard> otherCards() {
            return cards.stream().filter(c -> !c.top()).toList();
        }

        public long unitsBelow() {
            return below.stream().mapToLong(TypeCount::n).sum();
        }
    }

    /** What waits for the committee head: shown only to those who approve (null otherwise). */
    public record Approvals(vn.lantoa.newsroom.AwaitingApproval.Summary content, long stories) {

        public long total() {
            return content.articles() + content.documents() + stories;
        }
    }

    public record Platform(Shell shell, List<Unit> roots, long units, long users) {
    }

    public record NoRoles(Shell shell) {
    }
}
