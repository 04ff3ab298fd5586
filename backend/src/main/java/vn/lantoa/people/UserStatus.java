package vn.lantoa.people;

/** INVITED until the person sets a password from the invitation; DISABLED blocks sign-in without deleting history. */
public enum UserStatus {
    INVITED,
    ACTIVE,
    DISABLED;

    public String labelKey() {
        return "userStatus." + name();
    }
}
