package vn.lantoa.shell;

/** One entry of the admin navigation, by capability. */
public record NavItem(String key, String labelKey, String href, boolean active) {
}
