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
    IMPORT_UNITS,
    /** Read the unit's own unpublished work (drafts, media, inbox): members of the unit only, never from above. */
    READ_DRAFTS,
    /** Write articles, documents, pages and disclosure items; send stories up. */
    WRITE_CONTENT,
    /** Approve, publish, schedule and archive; share down the tree; accept stories from below. */
    APPROVE_CONTENT,
    /** Site settings, categories and quick links. */
    MANAGE_SITE,
    /** Fill in the unit's own reports and send them (when no sign-off is asked). */
    FILL_REPORTS,
    /** Sign off and send the unit's reports: the head of the unit or of its committee. */
    SIGN_REPORTS,
    /** As a recipient: accept or return reports from below, remind late units, grant exceptions to a lock. */
    REVIEW_REPORTS,
    /** Define report forms and the obligations of the units below. */
    MANAGE_OBLIGATIONS,
    /** Make and revoke the unit's API keys: the unit's own admins, since a key acts inside the unit as they could. */
    MANAGE_API_KEYS,
    /** Read and handle the cases of the listening desk, with the citizens' personal data: the unit's desk roles only. */
    HANDLE_FEEDBACK,
    /**
     * The press and crisis desk: press contacts, releases mailed, journalists' questions and their answers, press events,
     * incidents and their statements, playbooks. The unit's spokesperson, committee head and admins (Nghị định 09/2017:
     * the spokesperson speaks for the unit, the head answers for it).
     */
    HANDLE_PRESS,
    /**
     * Listening to the press: record and forward clippings, open an incident on a first alert. The press desk and the
     * hotline officer, who often hears first.
     */
    MONITOR_MEDIA,
    /**
     * The unit's communication plan and its carrying out: write the yearly plan, record each item's progress and evidence,
     * organise trainings and record who attended. The committee's working roles; issuing the plan needs SIGN_REPORTS.
     */
    MANAGE_PLANS,
    /**
     * Emergency notices: send and withdraw them to the units below, and acknowledge those received. The unit's admins and
     * committee head, who answer for what the unit is told in a storm or a closure.
     */
    SEND_NOTICES;

    /** Reads only: what a read-only API key may be allowed. */
    public boolean reads() {
        return this == VIEW || this == READ_DRAFTS || this == READ_AUDIT;
    }
}
