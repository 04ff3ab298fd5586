package vn.lantoa.reporting.form;

/** How a numeric field adds up over the units below: a count sums, a rate averages, a record keeps its extreme. */
public enum RollUp {
    SUM, AVERAGE, MIN, MAX, NONE
}
