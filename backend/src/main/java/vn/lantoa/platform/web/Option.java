package vn.lantoa.platform.web;

/** One choice of a select box, already translated. */
public record Option(String value, String label) {
}
