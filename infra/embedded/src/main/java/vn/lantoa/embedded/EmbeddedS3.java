package vn.lantoa.embedded;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An S3-compatible server (S3Proxy) on loopback. It checks AWS signatures, so the application talks to it
 * exactly as it talks to Amazon S3: same SDK, same signing, same presigned URLs.
 */
public final class EmbeddedS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3(S3Proxy proxy, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /**
     * @param folder where objects are kept between starts, or {@code null} to keep them in memory
     * @param bucket created when missing
     */
    public static EmbeddedS3 start(Path folder, String bucket, String accessKey, String secretKey) {
        return start(folder, bucket, accessKey, secretKey, 0);
    }

    /** @param port the port to listen on, or 0 for any free port */
    public static EmbeddedS3 start(Path folder, String bucket, String accessKey, String secretKey, int port) {
        try {
            BlobStore store;
            if (folder == null) {
                store = new TransientNio2BlobStore();
            } else {
                Files.createDirectories(folder);
                store = new FilesystemNio2BlobStore(folder.toAbsolutePath().toString());
            }
            if (!store.containerExists(bucket)) {
                store.createContainer(bucket);
            }
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(store)
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .jettyMaxThreads(32)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return new EmbeddedS3(proxy, accessKey, secretKey);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare the S3 folder " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded S3 server: " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
