package vn.lantoa.tenancy;

/**
 * The API key an {@link Actor} acts with, when a program rather than a person is calling: which key (for the audit
 * log and its last use), and whether it may only read. {@link Access} decides what that allows.
 */
public record MachineKey(long keyId, String name, String prefix, long unitId, boolean readOnly) {
}
