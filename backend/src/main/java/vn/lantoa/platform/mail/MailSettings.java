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
}
