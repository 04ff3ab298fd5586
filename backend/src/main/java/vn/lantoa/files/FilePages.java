package vn.lantoa.files;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class FilePages {

    private FilePages() {
    }

    public record ListPage(Shell shell, List<FileRow> files, long total, long totalBytes, int page, int pageCount, boolean canWrite,
                           long maxMegabytes, FieldErrors errors) {

        public String totalSize() {
            return new FileRow(0L, "", "", totalBytes, null, null).humanSize();
        }
    }
}
