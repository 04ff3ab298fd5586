package vn.lantoa.demo;

import java.util.List;

/** The demo accounts printed at start-up: one per role and level, all with the same password. */
public record DemoLogins(String password, List<Row> rows) {

    public record Row(String email, String description) {
    }
}
