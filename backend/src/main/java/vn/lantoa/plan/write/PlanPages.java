package vn.lantoa.plan.write;

import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

public final class PlanPages {

    private PlanPages() {
    }

    /** A plan of a unit above, with its issuer's name. */
    public record Received(Plan plan, String unitName) {
    }

    public record ListPage(Shell shell, List<Plan> own, List<Received> received, boolean writes, Map<String, String> form, FieldErrors errors,
                           List<Option> parents) {
    }

    /**
     * A plan: the unit's own (writable while a draft by its plan writers) or one received from above (read-only).
     * form: what was typed in the header, review and issue forms when they came back with errors.
     */
    public record PlanPage(Shell shell, Appendix appendix, String base, String issuerName, boolean received, boolean writes, boolean submits,
                           boolean signs, boolean publishes, boolean reportOffered, boolean reportSent, String basisLabel, Map<String, String> form,
                           FieldErrors errors) {

        public String value(String name, String fallback) {
            String v = form.get(name);
            return v == null ? (fallback == null ? "" : fallback) : v;
        }
    }

    public record ItemPage(Shell shell, Plan plan, Long itemId, ItemInput form, FieldErrors errors, List<Option> groups, List<Option> forms,
                           List<Option> units, List<Option> basisItems, List<Option> topics) {
    }
}
