package vn.lantoa.reporting.send;

/** A file attached to a report, as listed on its pages. */
public record AttachmentRow(long fileId, String name, long sizeBytes) {

    public String size() {
        return sizeBytes >= 1_048_576 ? String.format("%.1f MB", sizeBytes / 1_048_576.0).replace('.', ',') : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
