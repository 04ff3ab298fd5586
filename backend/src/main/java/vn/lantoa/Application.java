package vn.lantoa;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import vn.lantoa.platform.startup.EarlyRouter;

import java.util.Map;
import java.util.TimeZone;

@OpenAPIDefinition(info = @Info(
        title = "Lantoa API",
        version = "1",
        description = "API của Lantoa cho các hệ thống tích hợp: đơn vị, người dùng, Ban truyền thông, tệp tin; báo cáo (biểu mẫu, nghĩa vụ, báo cáo gửi và nhận, tổng hợp); tin bài, văn bản, chuyên mục, ảnh; chia sẻ và xác nhận, tin bài gửi lên, Công khai; nhật ký, nhập dữ liệu; webhook báo sự kiện cho hệ thống tích hợp. "
                + "Xác thực bằng bearer token: access token từ POST /api/v1/auth/token, hoặc khóa API do quản trị đơn vị tạo. "
                + "Danh sách có phân trang (page, perPage, tiêu đề Link và X-Total-Count); mọi lỗi trả về JSON cùng một dạng (ApiError) "
                + "với mã ổn định; mỗi câu trả lời có X-Request-Id.",
        license = @License(name = "Điều khoản sử dụng Lantoa", url = "https://lantoa.edu.vn/dieu-khoan")))
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
                // A server follows this start: its router is built beside the rest of the start (EarlyRouter).
                .properties(Map.<String, Object>of(EarlyRouter.PROPERTY, "true"))
                .banner(false)
                .start();
    }
}
