package vn.lantoa.launcher;

import io.micronaut.context.ApplicationContext;
import vn.lantoa.demo.DemoStart;

import java.nio.file.Path;

/** What the console shows once Lantoa is up: where to open it and whom to sign in as. */
final class Banner {

    private Banner() {
    }

    static void print(ApplicationContext context, String url, long millis, boolean db, boolean s3, boolean smtp, Path dataDir) {
        StringBuilder out = new StringBuilder();
        out.append("\n==========================================================================\n");
        out.append(" Lantoa đã chạy sau ").append(millis).append(" ms: ").append(url).append('\n');
        out.append(" Dữ liệu: ").append(dataDir).append(db || s3 ? " (MariaDB, S3 nhúng)" : "").append('\n');
        if (smtp) {
            out.append(" Thư gửi đi được in ra đây và lưu trong ").append(dataDir.resolve("outbox")).append('\n');
        }
        context.findBean(DemoStart.class).map(DemoStart::logins).ifPresent(logins -> {
            out.append("\n Tài khoản demo (mật khẩu chung: ").append(logins.password()).append("):\n");
            logins.rows().forEach(row -> out.append(String.format("   %-38s %s%n", row.email(), row.description())));
        });
        out.append("==========================================================================\n");
        System.out.println(out);
    }
}
