package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

public final class ProgressPages {

    private ProgressPages() {
    }

    public record ProgressPage(Shell shell, PlanProgress.View view, boolean writes, List<Option> groups, List<Option> statuses, String group,
                               String status) {

        public String planBase() {
            return shell.unitBase() + "/plans/" + view.plan().id();
        }
    }

    /**
     * The item page. posted names the form that was refused ("status" with its quarter, or "evidence"), whose typed values
     * and errors are shown again next to its fields.
     */
    public record ItemPage(Shell shell, PlanRows.PlanRow plan, PlanRows.ItemRow item, String lead, int mask, int currentQuarter,
                           Map<Integer, StatusRows.Status> statuses, List<EvidenceRows.Evidence> evidence, List<EvidenceChoices.Choice> articles,
                           Map<EvidenceSource, List<EvidenceChoices.Choice>> others, boolean writes, boolean readsFiles, List<Option> statusOptions,
                           String posted, int postedQuarter, PostedForm form, FieldErrors errors) {

        public String planBase() {
            return shell.unitBase() + "/plans/" + plan.id();
        }

        public List<Integer> quarters() {
            return Quarters.of(mask);
        }

        /** The errors of the form for this quarter's status, or none. */
        public FieldErrors statusErrors(int quarter) {
            return "status".equals(posted) && postedQuarter == quarter ? errors : new FieldErrors();
        }

        /** The errors of a status posted for a quarter that has no form here (not a quarter, or one the item is not planned for). */
        public FieldErrors strayStatusErrors() {
            return "status".equals(posted) && !quarters().contains(postedQuarter) ? errors : new FieldErrors();
        }

        public FieldErrors evidenceErrors() {
            return "evidence".equals(posted) ? errors : new FieldErrors();
        }

        public String chosenStatus(int quarter) {
            if ("status".equals(posted) && postedQuarter == quarter) {
                return form.orBlank("status");
            }
            StatusRows.Status s = statuses.get(quarter);
            return s == null ? ProgressStatus.NOT_STARTED.name() : s.status().name();
        }

        public String typedReason(int quarter) {
            if ("status".equals(posted) && postedQuarter == quarter) {
                return form.orBlank("reason");
            }
            StatusRows.Status s = statuses.get(quarter);
            return s == null || s.reason() == null ? "" : s.reason();
        }

        public String href(EvidenceRows.Evidence e) {
            if (e.source() == EvidenceSource.LINK) {
                return e.url();
            }
            if (e.source() == EvidenceSource.FILE && !readsFiles) {
                return null;
            }
            return e.source().href(shell.unitBase(), e.refId());
        }
    }

    /** The parent's view; view is null when the unit has no plan for the year. drills: the reader may open the units below. */
    public record BelowPage(Shell shell, int year, List<Integer> years, BelowProgress.View view, boolean drills) {
    }
}
