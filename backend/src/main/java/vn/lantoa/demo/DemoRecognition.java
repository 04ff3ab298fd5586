package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.recognition.ExampleField;
import vn.lantoa.recognition.ExampleInput;
import vn.lantoa.recognition.GoodExample;
import vn.lantoa.recognition.GoodExamples;
import vn.lantoa.sharing.SharingService;
import vn.lantoa.sharing.Story;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Good examples ("gương người tốt, việc tốt", seeds 002 and 004: schools send them up for the Sở to spread): one from THCS
 * Liên Sơn, accepted by Phòng GDĐT Lắk and forwarded to Sở GDĐT Đắk Lắk with the school's credit; one from THPT Vũng Tàu
 * accepted by Sở GDĐT Bà Rịa - Vũng Tàu. Written through the services, as the schools and their parents would.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoRecognition {

    private final GoodExamples examples;
    private final SharingService sharing;
    private final UnitRefRepository units;
    private final Clock clock;

    DemoRecognition(GoodExamples examples, SharingService sharing, UnitRefRepository units, Clock clock) {
        this.examples = examples;
        this.sharing = sharing;
        this.units = units;
        this.clock = clock;
    }

    /** The school's own people are not in the demo: the platform writes in its name, as for the other seeded schools. */
    void seed(Actor system, long soDakLak, long phongLak, long soBrvt, long thptVungTau) {
        UnitRef so = units.findById(soDakLak).orElseThrow();
        UnitRef phong = units.findById(phongLak).orElseThrow();
        UnitRef school = units.findOpenChildren(phongLak).stream().filter(u -> u.name().equals("Trường THCS Liên Sơn")).findFirst().orElseThrow();
        LocalDate today = VietnamTime.today(clock);
        GoodExample found = examples.create(system, school, new ExampleInput.Draft("Em Y Đức Ayŭn, học sinh lớp 8A", false, "Trường THCS Liên Sơn",
                "Trên đường đi học về, em nhặt được một chiếc ví có hơn 7 triệu đồng và giấy tờ tùy thân của một người dân buôn Jun.\n\n"
                        + "Em đã cùng cô giáo chủ nhiệm mang đến Công an thị trấn Liên Sơn để trả lại người đánh rơi. Nhà trường tuyên dương em "
                        + "trước toàn trường trong buổi chào cờ đầu tuần.", today.minusDays(12), ExampleField.KINDNESS, null, List.of()));
        Story up = examples.sendUp(system, school, found.id(), "Kính gửi Phòng GDĐT gương người tốt, việc tốt của học sinh nhà trường.");
        sharing.accept(system, phong, up.id());
        Story forwarded = examples.sendUp(system, phong, found.id(), "Phòng GDĐT Lắk trân trọng chuyển Sở gương của Trường THCS Liên Sơn.");
        sharing.accept(system, so, forwarded.id());

        UnitRef brvt = units.findById(soBrvt).orElseThrow();
        UnitRef vungTau = units.findById(thptVungTau).orElseThrow();
        GoodExample teacher = examples.create(system, vungTau, new ExampleInput.Draft("Thầy Nguyễn Minh Khoa, giáo viên Tin học", false,
                "Trường THPT Vũng Tàu", "Thầy xây dựng câu lạc bộ Lập trình cho học sinh, hướng dẫn nhóm học sinh đạt giải Nhất cuộc thi Khoa học kỹ thuật "
                        + "cấp tỉnh với phần mềm nhắc lịch học cho học sinh khiếm thị; thầy chia sẻ miễn phí tài liệu cho các trường trong tỉnh.",
                today.minusDays(30), ExampleField.INNOVATION, null, List.of()));
        Story sent = examples.sendUp(system, vungTau, teacher.id(), "Gương điển hình trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, "
                + "giảng dạy và học tập”.");
        sharing.accept(system, brvt, sent.id());
    }
}
