package vn.lantoa.platform.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** objects.tsv: one readable line per object, whatever characters its key and headers hold. */
class BackupManifestTest {

    @Test
    void aManifestReadsBackTheObjectsItWasWrittenWithKeysKeepingTheirSlashes(@TempDir Path dir) throws Exception {
        List<Backup.Entry> entries = List.of(
                new Backup.Entry("version", "units/3/files/2026/ảnh khai giảng.jpg", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY", 9709, "\"85e7ad93\"", "", "", "", ""),
                new Backup.Entry("copy", "units/3/files/2026/100%\tlạ\nkey.pdf", "", 0, "\"d41d8cd9\"", "e3b0c442", "application/pdf",
                        "attachment; filename*=UTF-8''bi%C3%AAn-b%E1%BA%A3n.pdf", "private, max-age=60"));
        Path manifest = dir.resolve(Backup.MANIFEST);

        Backup.writeManifest(manifest, entries);

        assertThat(Backup.readManifest(manifest)).isEqualTo(entries);
        assertThat(Files.readAllLines(manifest)).hasSize(3).element(1).asString().startsWith("version\tunits/3/files/2026/ảnh khai giảng.jpg\t");
    }
}
