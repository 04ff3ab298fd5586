package vn.lantoa.apikey;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

/** The typed models of the API keys pages. */
public final class ApiKeyPages {

    private ApiKeyPages() {
    }

    /** The unit's keys, with the form for a new one. */
    public record ListPage(Shell shell, List<ApiKeyRow> keys, Instant now, ApiKeyForm form, FieldErrors errors, List<Option> roles,
                           List<Option> accesses) {
    }

    /** The one page that shows a new key's secret. */
    public record CreatedPage(Shell shell, ApiKeyRow key, String secret, String baseUrl) {
    }
}
