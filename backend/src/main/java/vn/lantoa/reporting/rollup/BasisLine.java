package vn.lantoa.reporting.rollup;

import vn.lantoa.reporting.form.RollUp;

/**
 * One number of the children's roll-up behind a unit's own report: as it stood when the report was sent, and as it
 * stands now. A difference means a unit below changed its report afterwards.
 */
public record BasisLine(String obligationTitle, String label, RollUp rule, java.math.BigDecimal whenSent, java.math.BigDecimal now) {

    public boolean changed() {
        if (whenSent == null || now == null) {
            return whenSent != now;
        }
        return whenSent.compareTo(now) != 0;
    }
}
