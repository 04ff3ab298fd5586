package vn.lantoa.committee;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class CommitteePages {

    private CommitteePages() {
    }

    public record ViewPage(Shell shell, Committee committee, List<CommitteeMember> members, CommitteeMember spokesperson, boolean canEdit) {
    }

    public record SettingsPage(Shell shell, CommitteeForm form, FieldErrors errors) {
    }

    public record MemberPage(Shell shell, MemberForm form, FieldErrors errors, Long memberId, List<Option> roles, List<Option> people) {

        public boolean creating() {
            return memberId == null;
        }
    }
}
