package vn.lantoa.people;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.Grant;
import vn.lantoa.tenancy.Membership;

import java.util.List;

/** The typed models of the people and sign-in pages. */
public final class PeoplePages {

    private PeoplePages() {
    }

    public record LoginPage(Shell shell, String email, String next, String errorKey, Object[] errorArgs) {

        public boolean hasError() {
            return errorKey != null;
        }

        public String errorText() {
            return shell.t(errorKey, errorArgs);
        }
    }

    public record ForgotPage(Shell shell, String email, boolean sent) {
    }

    public record ResetPage(Shell shell, String token, boolean valid, FieldErrors errors) {
    }

    public record InvitationPage(Shell shell, String token, User invitee, String fullName, String phone, FieldErrors errors) {
    }

    public record ListPage(Shell shell, List<MemberRow> members, boolean canManage, List<String> requiredDomains) {
    }

    public record InvitePage(Shell shell, InviteForm form, FieldErrors errors, List<Option> roles, List<String> requiredDomains) {
    }

    public record PersonPage(Shell shell, User person, List<Membership> roles, List<Option> roleOptions, boolean canManage,
                             boolean locked, FieldErrors errors) {
    }

    public record AccountPage(Shell shell, User me, List<Grant> grants, ProfileForm profile, FieldErrors profileErrors,
                              FieldErrors passwordErrors) {
    }
}
