package vn.lantoa.desk.tree;

import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.CaseStep;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

/** The desk's pages along the tree: forwarding a case, the cases sent away, and the open cases of the units below. */
public final class TreePages {

    /** Age bands of the open cases below, in calendar days since the citizen wrote. */
    public static final List<String> BANDS = List.of("desk.tree.band.0", "desk.tree.band.1", "desk.tree.band.2", "desk.tree.band.3");

    private TreePages() {
    }

    public record ForwardPage(Shell shell, DeskCase deskCase, List<Option> targets, String target, String reason, FieldErrors errors) {
    }

    /**
     * One case this unit forwarded: where it went then, where it is and how it stands now; {@code readableBelow} when it is
     * now in a unit below, whose case page this unit reads.
     */
    public record Trace(long caseId, String codeThen, String toUnitName, Instant at, String reason, String actorName, String unitNow,
                        String codeNow, CaseStatus statusNow, boolean spam, boolean readableBelow) {
    }

    public record ForwardedPage(Shell shell, List<Trace> traces) {
    }

    /** A case below, as the unit above sees it in a list: citizen is masked unless this unit may handle it. */
    public record Row(long id, long unitId, String unitName, String code, Topic topic, CaseStatus status, Channel channel, Instant receivedAt,
                      String citizen, String excerpt, Instant due, boolean overdue, Instant escalatedAt) {
    }

    /** Open cases of one unit (a child of the scope, with its units below), per age band. */
    public record UnitCount(long unitId, String unitName, boolean hasBelow, long total, long[] bands) {
    }

    public record TopicCount(Topic topic, long count) {
    }

    public record BelowPage(Shell shell, String scopeName, String scopeId, String topic, List<Option> topics, long total, long[] bands,
                            List<UnitCount> units, List<TopicCount> topicCounts, List<Row> escalated, List<Row> rows, int limit) {
    }

    public record BelowCasePage(Shell shell, DeskCase deskCase, String unitName, boolean unmasked, String citizenName, String citizenPhone,
                                String citizenEmail, SlaClock.Sla sla, List<CaseStep> history, List<CaseTransferView> transfers) {
    }

    public record CaseTransferView(TransferKind kind, String from, String to, Instant at, String reason) {
    }
}
