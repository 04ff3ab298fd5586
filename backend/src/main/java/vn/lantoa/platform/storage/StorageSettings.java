package vn.lantoa.platform.storage;

import io.micronaut.context.annotation.ConfigurationProperties;

/** lantoa.storage.*: an S3 bucket (Amazon S3, or any S3-compatible server via endpoint). */
@ConfigurationProperties("lantoa.storage")
public class StorageSettings {

    private String bucket = "lantoa";
    private String region = "ap-southeast-1";
    private String endpoint = "";
    private String accessKey = "";
    private String secretKey = "";
    private boolean pathStyle;
    private long maxUploadBytes = 25L * 1024 * 1024;
    private int presignMinutes = 5;

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint == null ? "" : endpoint.strip();
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey == null ? "" : accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey == null ? "" : secretKey;
    }

    public boolean isPathStyle() {
        return pathStyle;
    }

    public void setPathStyle(boolean pathStyle) {
        this.pathStyle = pathStyle;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public void setMaxUploadBytes(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    public int getPresignMinutes() {
        return presignMinutes;
    }

    public void setPresignMinutes(int presignMinutes) {
        this.presignMinutes = presignMinutes;
    }
}
