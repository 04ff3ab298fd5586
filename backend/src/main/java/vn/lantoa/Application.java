package vn.lantoa;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.util.TimeZone;

@OpenAPIDefinition(info = @Info(
        title = "Lantoa API",
        version = "1",
        description = "Đơn vị, người dùng, phân quyền, Ban truyền thông và tệp tin của Lantoa. "
                + "Đăng nhập bằng POST /api/v1/auth/token để nhận bearer token; lỗi trả về JSON có mã ổn định (code)."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        start(args);
    }

    /** Starts Lantoa and returns when the server is up; the launcher calls this after its own servers run. */
    public static io.micronaut.context.ApplicationContext start(String... args) {
        // Everything stored is UTC; Asia/Ho_Chi_Minh is applied explicitly where a person reads a time.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        return Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
