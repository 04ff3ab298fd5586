package vn.lantoa.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** lantoa.security.*: see README, "Configuration". */
@ConfigurationProperties("lantoa.security")
public class SecuritySettings {

    private String secureCookies = "";
    private int bcryptCost = 12;
    private int apiTokenSeconds = 3600;
    private int refreshTokenDays = 30;
    private int maxFailedLogins = 5;
    private int lockMinutes = 15;
    private int loginAttemptsPerMinute = 20;
    private int invitationDays = 7;
    private int resetMinutes = 60;

    /** Empty means: Secure when the request came over HTTPS. */
    public String getSecureCookies() {
        return secureCookies;
    }

    public void setSecureCookies(String secureCookies) {
        this.secureCookies = secureCookies == null ? "" : secureCookies.strip();
    }

    public int getBcryptCost() {
        return bcryptCost;
    }

    public void setBcryptCost(int bcryptCost) {
        this.bcryptCost = bcryptCost;
    }

    public int getApiTokenSeconds() {
        return apiTokenSeconds;
    }

    public void setApiTokenSeconds(int apiTokenSeconds) {
        this.apiTokenSeconds = apiTokenSeconds;
    }

    public int getRefreshTokenDays() {
        return refreshTokenDays;
    }

    public void setRefreshTokenDays(int refreshTokenDays) {
        this.refreshTokenDays = refreshTokenDays;
    }

    public int getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(int maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public int getLockMinutes() {
        return lockMinutes;
    }

    public void setLockMinutes(int lockMinutes) {
        this.lockMinutes = lockMinutes;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }

    public int getLoginAttemptsPerMinute() {
        return loginAttemptsPerMinute;
    }

    public void setLoginAttemptsPerMinute(int loginAttemptsPerMinute) {
        this.loginAttemptsPerMinute = loginAttemptsPerMinute;
    }

    public int getInvitationDays() {
        return invitationDays;
    }

    public void setInvitationDays(int invitationDays) {
        this.invitationDays = invitationDays;
    }

    public int getResetMinutes() {
        return resetMinutes;
    }

    public void setResetMinutes(int resetMinutes) {
        this.resetMinutes = resetMinutes;
    }
}
