package vn.lantoa.disclosure;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class DisclosurePages {

    private DisclosurePages() {
    }

    public record SchoolPage(Shell shell, List<DisclosureStatus> statuses, List<DisclosureItem> history, boolean canPublish, String publicUrl) {
    }

    public record TrackingPage(Shell shell, List<DisclosureTracking.Gap> gaps, int schools, boolean truncated) {
    }

    public record PublishPage(Shell shell, DisclosureService.Form form, Requirement requirement, List<Option> requirements, List<Option> files,
                              FieldErrors errors) {
    }
}
