package vn.lantoa.desk;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.desk.*: limits of the public feedback form (see README, "Configuration"). */
@ConfigurationProperties("lantoa.desk")
public class DeskSettings {

    private int perAddressPerHour = 10;
    private int perUnitPerHour = 600;

    /** Cases one client address may send per hour, to all units together, on each instance. */
    public int getPerAddressPerHour() {
        return perAddressPerHour;
    }

    public void setPerAddressPerHour(int perAddressPerHour) {
        this.perAddressPerHour = Math.max(1, perAddressPerHour);
    }

    /** Cases one unit may receive through its form per hour, on each instance: a flood cannot bury the officer's queue. */
    public int getPerUnitPerHour() {
        return perUnitPerHour;
    }

    public void setPerUnitPerHour(int perUnitPerHour) {
        this.perUnitPerHour = Math.max(1, perUnitPerHour);
    }
}
