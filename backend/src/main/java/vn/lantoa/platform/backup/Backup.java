package vn.lantoa.platform.backup;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bucket's half of a backup, run by infra/backup/backup.sh and restore.sh from the production jar
 * ({@code java -cp lantoa.jar vn.lantoa.platform.backup.Backup objects-backup <dir>}). It reads the same S3_* variables
 * as Lantoa and talks to S3 with the same SDK and settings, so it works wherever Lantoa's uploads work (an instance role
 * in AWS, static keys and a path-style endpoint on an S3-compatible server).
 * <p>
 * A bucket with versioning on keeps every version, so the backup is a manifest: each object's version id, size and ETag
 * at backup time; restore makes exactly those versions current again (server-side copies, nothing downloaded). A bucket
 * without versioning (the embedded S3Proxy, which cannot turn it on) is copied: every object into {@code objects/},
 * with its SHA-256 in the manifest, checked again before it is uploaded on restore.
 */
public final class Backup {

    static final String MANIFEST = "objects.tsv";
    static final String OBJECTS = "objects";
    private static final String HEADER = "#lantoa-objects\tmode\tkey\tversion_id\tsize\tetag\tsha256\tcontent_type\tcontent_disposition\tcache_control";

    private final S3Client s3;
    private final String bucket;
    private final PrintStream log;
    private final int threads;

    Backup(S3Client s3, String bucket, PrintStream log, int threads) {
        this.s3 = s3;
        this.bucket = bucket;
        this.log = log;
        this.threads = threads;
    }

    public static void main(String[] args) {
        if (args.length < 2 || !List.of("objects-backup", "objects-restore").contains(args[0])) {
            System.err.println("usage: Backup objects-backup <dir> [--copy] [--dump-started <instant> --dump-finished <instant>]   |   Backup objects-restore <dir>");
            System.exit(64);
        }
        Map<String, String> env = System.getenv();
        String bucket = env.getOrDefault("S3_BUCKET", "lantoa");
        int threads = Integer.parseInt(env.getOrDefault("BACKUP_S3_THREADS", "8"));
        try (S3Client s3 = client(env)) {
            Backup backup = new Backup(s3, bucket, System.out, threads);
            Path dir = Path.of(args[1]).toAbsolutePath();
            if (args[0].equals("objects-backup")) {
                List<String> options = List.of(args);
                Instant now = Instant.now();
                backup.backup(dir, options.contains("--copy"), option(options, "--dump-started", now), option(options, "--dump-finished", now));
            } else {
                backup.restore(dir);
            }
        } catch (RuntimeException e) {
            System.err.println("backup of the bucket failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Instant option(List<String> options, String name, Instant otherwise) {
        int at = options.indexOf(name);
        return at < 0 || at + 1 >= options.size() ? otherwise : Instant.parse(options.get(at + 1));
    }

    /** The client Lantoa itself builds from S3_REGION, S3_ENDPOINT, S3_PATH_STYLE, S3_ACCESS_KEY and S3_SECRET_KEY. */
    static S3Client client(Map<String, String> env) {
        String accessKey = env.getOrDefault("S3_ACCESS_KEY", "");
        AwsCredentialsProvider credentials = accessKey.isEmpty()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, env.getOrDefault("S3_SECRET_KEY", "")));
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofMinutes(5)).build())
                .region(Region.of(env.getOrDefault("S3_REGION", "ap-southeast-1")))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(Boolean.parseBoolean(env.getOrDefault("S3_PATH_STYLE", "false"))).build());
        String endpoint = env.getOrDefault("S3_ENDPOINT", "").strip();
        if (!endpoint.isEmpty()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /** Whether the bucket keeps versions; a server that does not know versioning (S3Proxy's file stores) answers no. */
    boolean versioned() {
        try {
            return s3.getBucketVersioning(b -> b.bucket(bucket)).status() == BucketVersioningStatus.ENABLED;
        } catch (S3Exception e) {
            if (e.statusCode() == 501 || e.statusCode() == 400) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Writes objects.tsv (and objects/ when copying) into dir; copies when the bucket has no versions or copy is asked.
     * With versions, the manifest is the bucket as the dump saw it: every object uploaded before the dump finished
     * (a row in the dump may point at it), less those deleted before the dump began (no row in the dump points at them).
     */
    void backup(Path dir, boolean copy, Instant dumpStarted, Instant dumpFinished) {
        boolean versions = !copy && versioned();
        // The script's clock and S3's may differ by a little: an object uploaded just before the dump ended is kept.
        Instant uploadedBy = dumpFinished.plusSeconds(1);
        List<Entry> entries = new ArrayList<>();
        if (versions) {
            Map<String, ObjectVersion> newest = new HashMap<>();
            Map<String, Instant> deletedBeforeDump = new HashMap<>();
            var pages = s3.listObjectVersionsPaginator(b -> b.bucket(bucket));
            for (ObjectVersion v : pages.versions()) {
                if (!v.lastModified().isAfter(uploadedBy)) {
                    newest.merge(v.key(), v, (a, b) -> b.lastModified().isAfter(a.lastModified()) ? b : a);
                }
            }
            for (DeleteMarkerEntry d : pages.deleteMarkers()) {
                if (!d.lastModified().isAfter(dumpStarted)) {
                    deletedBeforeDump.merge(d.key(), d.lastModified(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            newest.values().stream().sorted(Comparator.comparing(ObjectVersion::key)).forEach(v -> {
                Instant deleted = deletedBeforeDump.get(v.key());
                if (deleted == null || deleted.isBefore(v.lastModified())) {
                    entries.add(new Entry("version", v.key(), v.versionId(), v.size(), v.eTag(), "", "", "", ""));
                }
            });
            log.printf("bucket %s: versioning on, %d objects recorded by version id%n", bucket, entries.size());
        } else {
            List<S3Object> objects = new ArrayList<>();
            s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().forEach(objects::add);
            Path folder = dir.resolve(OBJECTS).toAbsolutePath();
            AtomicLong bytes = new AtomicLong();
            entries.addAll(parallel(objects, o -> download(o, folder, bytes)));
            log.printf("bucket %s: versioning off, %d objects (%d bytes) copied into %s%n", bucket, entries.size(), bytes.get(), folder);
        }
        writeManifest(dir.resolve(MANIFEST), entries);
    }

    private Entry download(S3Object object, Path folder, AtomicLong bytes) {
        Path file = folder.resolve(object.key()).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalStateException("object key leaves the backup folder: " + object.key());
        }
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha = sha256();
            GetObjectResponse head;
            try (var in = s3.getObject(b -> b.bucket(bucket).key(object.key())); DigestInputStream digest = new DigestInputStream(in, sha);
                 OutputStream out = Files.newOutputStream(file)) {
                head = in.response();
                bytes.addAndGet(digest.transferTo(out));
            }
            return new Entry("copy", object.key(), Objects.toString(head.versionId(), ""), head.contentLength(), head.eTag(),
                    HexFormat.of().formatHex(sha.digest()), nz(head.contentType()), nz(head.contentDisposition()), nz(head.cacheControl()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + object.key() + ": " + e.getMessage(), e);
        }
    }

    /** Makes every object of the manifest current again, exactly as it was at backup time. */
    void restore(Path dir) {
        List<Entry> entries = readManifest(dir.resolve(MANIFEST));
        AtomicLong skipped = new AtomicLong();
        Path folder = dir.resolve(OBJECTS).toAbsolutePath();
        parallel(entries, e -> e.mode().equals("version") ? restoreVersion(e, skipped) : upload(e, folder));
        log.printf("bucket %s: %d objects restored (%d were already current)%n", bucket, entries.size(), skipped.get());
    }

    private Entry restoreVersion(Entry e, AtomicLong skipped) {
        HeadObjectResponse version = s3.headObject(b -> b.bucket(bucket).key(e.key()).versionId(e.versionId()));
        if (version.contentLength() != e.size() || !Objects.equals(version.eTag(), e.etag())) {
            throw new IllegalStateException("version " + e.versionId() + " of " + e.key() + " is not the one backed up (size or ETag differ)");
        }
        try {
            HeadObjectResponse current = s3.headObject(b -> b.bucket(bucket).key(e.key()));
            if (e.versionId().equals(current.versionId())) {
                skipped.incrementAndGet();
                return e;
            }
        } catch (S3Exception missing) {
            if (missing.statusCode() != 404) {
                throw missing;
            }
        }
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(e.key()).sourceVersionId(e.versionId()).destinationBucket(bucket).destinationKey(e.key()));
        return e;
    }

    private Entry upload(Entry e, Path folder) {
        Path file = folder.resolve(e.key()).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            throw new IllegalStateException("the backup has no file for " + e.key());
        }
        try {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
                throw new IllegalStateException("the backup's copy of " + e.key() + " is damaged (SHA-256 differs from the manifest)");
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        s3.putObject(b -> b.bucket(bucket).key(e.key()).contentType(e.contentType().isEmpty() ? null : e.contentType())
                .contentDisposition(e.contentDisposition().isEmpty() ? null : e.contentDisposition())
                .cacheControl(e.cacheControl().isEmpty() ? null : e.cacheControl()), RequestBody.fromFile(file));
        return e;
    }

    private <T> List<Entry> parallel(List<T> items, java.util.function.Function<T, Entry> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<Entry> done = new ArrayList<>();
            for (Future<Entry> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static void writeManifest(Path file, List<Entry> entries) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.newLine();
                for (Entry e : entries) {
                    out.write(String.join("\t", List.of(e.mode(), e.key(), e.versionId(), Long.toString(e.size()), e.etag(), e.sha256(),
                            e.contentType(), e.contentDisposition(), e.cacheControl()).stream().map(Backup::encode).toList()));
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> readManifest(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalStateException(file + " is not a Lantoa objects manifest");
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                entries.add(new Entry(decode(f[0]), decode(f[1]), decode(f[2]), Long.parseLong(f[3]), decode(f[4]), decode(f[5]),
                        decode(f[6]), decode(f[7]), decode(f[8])));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fields stay readable (keys keep their slashes); only %, tab and line breaks are escaped. */
    static String encode(String s) {
        return nz(s).replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String s) {
        return s.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of objects.tsv: how the object is kept ("version" or "copy"), and what it was at backup time. */
    record Entry(String mode, String key, String versionId, long size, String etag, String sha256, String contentType,
                 String contentDisposition, String cacheControl) {
    }
}
