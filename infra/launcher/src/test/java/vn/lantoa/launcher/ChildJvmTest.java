package vn.lantoa.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChildJvmTest {

    /** What {@link BuildOutput#describeClassPath} gives for a launcher jar and its lib folder. */
    private static final String CLASS_PATH = "/opt/lantoa/lantoa-launcher.jar 41 1764900000000\n/opt/lantoa/lib/jna-5.17.0.jar 2 1764900000000\n";

    @TempDir
    Path dataDir;

    @Test
    void onTwoCoresTheCommonPoolGetsTwoThreadsForMicronautToMakeItsBeansOnBoth() {
        String flag = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2";
        assertThat(ChildJvm.defaults(List.of(), 2)).contains(flag);
        assertThat(ChildJvm.defaults(List.of(), 4)).as("three threads by default already").doesNotContain(flag);
        assertThat(ChildJvm.defaults(List.of(), 1)).doesNotContain(flag);
        assertThat(ChildJvm.defaults(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"), 2)).doesNotContain(flag);
    }

    @Test
    void flagsGivenByTheUserComeAfterTheDefaultsSoTheyWin() throws Exception {
        List<String> command = ChildJvm.command(new String[] {"--clean"}, dataDir, ChildJvm.PIPE);

        assertThat(command).contains("-XX:+UseSerialGC", "-Xmx192m", "-D" + ChildJvm.CHILD + "=pipe");
        assertThat(command.indexOf("-Xmx192m")).isLessThan(command.indexOf("-D" + ChildJvm.CHILD + "=pipe"));
        assertThat(command.get(command.size() - 2)).isEqualTo(Launcher.class.getName());
        assertThat(command.get(command.size() - 1)).isEqualTo("--clean");
    }

    @Test
    void aCollectorTheUserChoseReplacesTheSerialOneForTheJvmRefusesTwo() {
        assertThat(ChildJvm.defaults(List.of("-XX:+UseG1GC", "-Xmx2g"))).doesNotContain("-XX:+UseSerialGC");
        assertThat(ChildJvm.defaults(List.of("-Xmx2g"))).contains("-XX:+UseSerialGC");
    }

    @Test
    void theNativeHeapIsTrimmedOnlyOnJvmsThatKnowTheFlagForAnOlderOneWouldRefuseToStart() {
        assertThat(ChildJvm.trimsNativeHeap(Runtime.Version.parse("17.0.15+6"))).isTrue();
        assertThat(ChildJvm.trimsNativeHeap(Runtime.Version.parse("17.0.9"))).isTrue();
        assertThat(ChildJvm.trimsNativeHeap(Runtime.Version.parse("17.0.8+7"))).isFalse();
        assertThat(ChildJvm.trimsNativeHeap(Runtime.Version.parse("19.0.2"))).isFalse();
        assertThat(ChildJvm.trimsNativeHeap(Runtime.Version.parse("21.0.1"))).isTrue();
        assertThat(ChildJvm.defaults(List.of()).contains("-XX:TrimNativeHeapInterval=5000"))
                .isEqualTo(ChildJvm.trimsNativeHeap(Runtime.version()));
    }

    @Test
    void theHeapAsksForHugePagesOnlyWhereLinuxGivesThemOnRequest() throws Exception {
        Path setting = dataDir.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertThat(ChildJvm.hugePagesOnRequest(setting)).isTrue();
        Files.writeString(setting, "[always] madvise never\n");
        assertThat(ChildJvm.hugePagesOnRequest(setting)).isFalse();
        Files.writeString(setting, "always madvise [never]\n");
        assertThat(ChildJvm.hugePagesOnRequest(setting)).isFalse();
        assertThat(ChildJvm.hugePagesOnRequest(dataDir.resolve("missing"))).isFalse();
    }

    @Test
    void hugePagesTheUserSwitchedOffStayOff() {
        assertThat(ChildJvm.defaults(List.of("-XX:-UseTransparentHugePages"))).doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void theFirstRunWritesTheClassArchiveAndLaterRunsMapIt() throws Exception {
        List<String> first = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), CLASS_PATH);
        String archive = first.get(0).substring("-XX:ArchiveClassesAtExit=".length());
        assertThat(first.get(0)).startsWith("-XX:ArchiveClassesAtExit=");

        Files.writeString(Path.of(archive), "written by the JVM at exit");
        List<String> next = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), CLASS_PATH);

        assertThat(next).contains("-XX:SharedArchiveFile=" + archive, "-XX:ArchiveRelocationMode=0");
    }

    @Test
    void otherFlagsMakeAnotherArchiveAndTheOldOneIsDeleted() throws Exception {
        String archive = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), CLASS_PATH).get(0).substring("-XX:ArchiveClassesAtExit=".length());
        Files.writeString(Path.of(archive), "written by the JVM at exit");

        List<String> other = ChildJvm.classSharing(dataDir, List.of("-Xmx1g"), Optional.empty(), CLASS_PATH);

        assertThat(other.get(0)).startsWith("-XX:ArchiveClassesAtExit=").doesNotEndWith(Path.of(archive).getFileName().toString());
        assertThat(Path.of(archive)).doesNotExist();
    }

    @Test
    void anArchiveTheUserNamesIsLeftToThem() throws Exception {
        assertThat(ChildJvm.classSharing(dataDir, List.of("-XX:SharedArchiveFile=/opt/lantoa.jsa"), Optional.empty(), CLASS_PATH)).isEmpty();
    }

    @Test
    void anotherClassPathMakesAnotherArchive() throws Exception {
        String archive = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), CLASS_PATH).get(0);

        String rebuilt = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), CLASS_PATH.replace(" 41 ", " 42 ")).get(0);

        assertThat(rebuilt).startsWith("-XX:ArchiveClassesAtExit=").isNotEqualTo(archive);
    }
}
