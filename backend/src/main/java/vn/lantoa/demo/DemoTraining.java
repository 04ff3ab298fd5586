package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.sharing.Audience;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.training.Training;
import vn.lantoa.training.TrainingAttendee;
import vn.lantoa.training.TrainingInput;
import vn.lantoa.training.Trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Sở GDĐT Đắk Lắk's training on communication skills for its schools' Ban truyền thông (seeds 001 and 002 ask the Sở to
 * train the units in communication work): held today, schools registered, attendance recorded. Through the services.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoTraining {

    private final Trainings trainings;
    private final UnitRefRepository units;
    private final Clock clock;

    DemoTraining(Trainings trainings, UnitRefRepository units, Clock clock) {
        this.trainings = trainings;
        this.units = units;
        this.clock = clock;
    }

    void seed(Actor organiser, long soDakLak, long thptLak, Actor lakHead) {
        UnitRef so = units.findById(soDakLak).orElseThrow();
        UnitRef lak = units.findById(thptLak).orElseThrow();
        LocalDate today = VietnamTime.today(clock);
        Training training = trainings.create(organiser, so, new TrainingInput.Draft("Tập huấn kỹ năng truyền thông cho Ban truyền thông các trường",
                today, today.plusDays(1), "Hội trường Sở GDĐT Đắk Lắk, 08 Nguyễn Tất Thành, Buôn Ma Thuột", null,
                "Ngày 1: Kỹ năng viết tin, bài cho trang thông tin điện tử; chụp ảnh, quay video bằng điện thoại.\n"
                        + "Ngày 2: Quản trị fanpage của trường; phát ngôn và cung cấp thông tin cho báo chí; xử lý khủng hoảng truyền thông.",
                Audience.parse("TYPE:SCHOOL"), 2, today, Set.of()));
        trainings.register(lakHead, lak, training.id(), "Lê Văn Trị; Hiệu trưởng\nTrương Thị Ngọc; Giáo viên Tin học");
        for (UnitRef school : units.findOpenChildren(soDakLak)) {
            if (school.name().equals("Trường THPT Buôn Ma Thuột")) {
                trainings.register(organiser, school, training.id(), "Nguyễn Thị Hạnh; Phó Hiệu trưởng\nPhan Văn Long; Bí thư Đoàn trường");
            }
        }
        Set<Long> present = new HashSet<>();
        for (TrainingAttendee a : trainings.attendees(so, training.id())) {
            if (!a.fullName().equals("Phan Văn Long")) {
                present.add(a.id());
            }
        }
        trainings.recordAttendance(organiser, so, training.id(), present, Map.of(lak.id(), "Đủ thành phần Ban truyền thông."));
    }
}
