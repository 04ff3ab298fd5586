package vn.lantoa.platform.api;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.api.*: see README, "Configuration". */
@ConfigurationProperties("lantoa.api")
public class ApiSettings {

    private int requestsPerMinute = 1200;

    /** Requests one signed-in person or API key may make per minute, on each instance. */
    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = Math.max(1, requestsPerMinute);
    }
}
