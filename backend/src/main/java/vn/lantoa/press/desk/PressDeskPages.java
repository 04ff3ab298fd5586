package vn.lantoa.press.desk;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class PressDeskPages {

    private PressDeskPages() {
    }

    /**
     * The desk's overview; a panel is null when the person's role does not cover it (questions and releases: the desk;
     * incidents and clippings: those who listen to the press). Those who only read (a viewer, the levels above) see the
     * events and the links to the statistics and the board below.
     */
    public record Overview(Shell shell, PressDeskReads.Questions questions, PressDeskReads.Incidents incidents, PressDeskReads.Clippings clippings,
                           List<PressDeskReads.Release> releases, List<PressDeskReads.Event> events, boolean readOnly, boolean board) {
    }

    public record Settings(Shell shell, SettingsInput form, FieldErrors errors, int defaultDueDays, int defaultStatementHours, boolean own,
                           String updatedAt) {
    }
}
