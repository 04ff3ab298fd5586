package vn.lantoa.unit.host;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;

/** The typed model of the host-name page. */
public final class HostNamePages {

    private HostNamePages() {
    }

    /**
     * @param siteAddress where the unit's site always answers ("http://lantoa.edu.vn/thcs-tan-mai/")
     * @param activeHost  the name in use, or null
     */
    public record Page(Shell shell, String siteAddress, String activeHost, List<HostClaim> pending, List<HostClaim> verified,
                       String hostName, FieldErrors errors) {

        /** A failed check's reason in the reader's language. */
        public String reason(HostClaim claim) {
            return claim.lastError() == null ? "" : shell.t(claim.lastError(), claim.hostName(), claim.lastErrorDetail() == null ? "" : claim.lastErrorDetail());
        }
    }
}
