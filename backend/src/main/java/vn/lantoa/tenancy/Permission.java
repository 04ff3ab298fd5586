package vn.lantoa.tenancy;

/** What an action needs. {@link Access} is the one place that says who has it. */
public enum Permission {
    /** See the unit's workspace: its own members, or oversight from above (read-only). */
    VIEW,
    /** Edit the unit's profile, create units below it, move units within one's tree. */
    MANAGE_UNIT,
    /** Invite people, give and take roles. */
    MANAGE_PEOPLE,
    /** Edit the Ban truyền thông. */
    EDIT_COMMITTEE,
    /** Upload and delete the unit's files. */
    WRITE_FILES,
    /** Browse the audit log. */
    READ_AUDIT,
    /** Bulk-import units and their admins from a file. */
    IMPORT_UNITS
}
