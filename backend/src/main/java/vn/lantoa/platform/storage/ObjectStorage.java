package vn.lantoa.platform.storage;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bucket, seen as plain operations on keys. Keys are chosen by callers; this class knows no units.
 * <p>
 * The S3 client is made at the first operation, not with this bean: the AWS SDK is 1,200 classes (about 15 MB of
 * metaspace and a second of a cold start), and most pages and most starts never touch the bucket.
 */
@Singleton
public class ObjectStorage {

    private final BeanProvider<S3Client> client;
    private final BeanProvider<S3Presigner> presigners;
    private final StorageSettings settings;

    ObjectStorage(BeanProvider<S3Client> client, BeanProvider<S3Presigner> presigners, StorageSettings settings) {
        this.client = client;
        this.presigners = presigners;
        this.settings = settings;
    }

    private S3Client s3() {
        return client.get();
    }

    public void put(String key, Path file, String contentType) {
        s3().putObject(b -> b.bucket(settings.getBucket()).key(key).contentType(contentType), RequestBody.fromFile(file));
    }

    public void put(String key, byte[] bytes, String contentType) {
        s3().putObject(b -> b.bucket(settings.getBucket()).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    public Optional<ResponseInputStream<GetObjectResponse>> get(String key) {
        try {
            return Optional.of(s3().getObject(b -> b.bucket(settings.getBucket()).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    public boolean exists(String key) {
        try {
            s3().headObject(b -> b.bucket(settings.getBucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    public void delete(String key) {
        s3().deleteObject(b -> b.bucket(settings.getBucket()).key(key));
    }

    /** A link valid for a few minutes that downloads the object straight from the bucket. */
    public URI presignedDownload(String key, String fileName, String contentType) {
        String disposition = ContentDisposition.attachment(fileName);
        return URI.create(presigners.get().presignGetObject(r -> r
                        .signatureDuration(Duration.ofMinutes(settings.getPresignMinutes()))
                        .getObjectRequest(g -> g.bucket(settings.getBucket()).key(key)
                                .responseContentDisposition(disposition)
                                .responseContentType(contentType)))
                .url().toString());
    }

    /** Every object under a prefix, page by page. */
    public void forEachObject(String prefix, Consumer<S3Object> action) {
        s3().listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(settings.getBucket()).prefix(prefix).build())
                .contents().forEach(action);
    }

    /** Throws when the bucket cannot be reached; used by the health check. */
    public void checkReachable() {
        s3().headBucket(HeadBucketRequest.builder().bucket(settings.getBucket()).build());
    }

    public String bucket() {
        return settings.getBucket();
    }
}
