package vn.lantoa.files;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The upload limit, from lantoa.storage.max-upload-bytes. */
@Singleton
class FileSettings {

    private final long maxUploadBytes;

    FileSettings(@Value("${lantoa.storage.max-upload-bytes:26214400}") long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    long maxUploadBytes() {
        return maxUploadBytes;
    }

    long maxUploadMegabytes() {
        return maxUploadBytes / (1024 * 1024);
    }
}
