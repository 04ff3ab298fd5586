package vn.lantoa.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.mail.*: the SMTP server Lantoa sends through. */
@ConfigurationProperties("lantoa.mail")
public class MailSettings {

    private String host = "localhost";
    private int port = 25;
    private String username = "";
    private String password = "";
    private boolean starttls;
    private String from = "Lantoa <no-reply@lantoa.vn>";
    private java.time.Duration claimLease = java.time.Duration.ofMinutes(3);

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /**
     * How long an instance holds the mails it claimed to send (lantoa.mail.claim-lease): mail claimed by an instance that
     * died is sent by another once this has passed. At least two minutes, since one message may take up to a minute.
     */
    public java.time.Duration getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(java.time.Duration claimLease) {
        this.claimLease = claimLease.compareTo(java.time.Duration.ofMinutes(2)) < 0 ? java.time.Duration.ofMinutes(2) : claimLease;
    }
}
