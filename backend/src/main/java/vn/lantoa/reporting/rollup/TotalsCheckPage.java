package vn.lantoa.reporting.rollup;

import vn.lantoa.shell.Shell;

import java.util.List;

/** The consistency check's result: nothing listed means every group's totals equal its values. */
public record TotalsCheckPage(Shell shell, List<TotalsCheck.Difference> differences) {
}
