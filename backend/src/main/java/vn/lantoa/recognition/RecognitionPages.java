package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class RecognitionPages {

    private RecognitionPages() {
    }

    /** The register of a year: the rows, the count per unit below, and the filters as chosen. */
    public record RegisterPage(Shell shell, Filter filter, List<Integer> years, List<Option> fields, List<Option> units, List<RegisterRow> rows,
                               List<ChildCount> counts, boolean writes) {

        public long total() {
            return counts.stream().mapToLong(ChildCount::examples).sum();
        }
    }

    public record ExamplePage(Shell shell, GoodExample example, String writerName, List<HopRow> hops, @Nullable String articleHref,
                              @Nullable String sendTo, boolean forwards, FieldErrors errors) {
    }

    public record NewPage(Shell shell, ExampleInput form, List<Option> fields, List<StoredFile> images, List<StoredFile> files, FieldErrors errors) {
    }
}
