package cn.jixiao.backup;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies of whole backup folders in the backup site's object store, under {@code prefix/<backup name>/}:
 * the files packed into {@code bundles/00001 …} ({@link Bundle}), then {@code SHA256SUMS} and, last,
 * {@code manifest.json}, each object carrying the SHA-256 of what it holds as metadata. A copy without its
 * manifest is unfinished: {@link #list} says so, and shipping the same backup again resumes it (an object
 * already there with its size and contents is not sent again).
 */
public final class OffsiteCopies {
    /** Metadata of every object: the SHA-256 of a file, of a bundle's list of files ({@link Bundle#contents}). */
    static final String CONTENTS_METADATA = "contents-sha256";

    private static final long PART_SIZE = 16L * 1024 * 1024;
    /** Files in flight at once. */
    static final int PARALLEL = 4;
    /** Attempts per object sent. */
    static final int ATTEMPTS = 3;

    private final MinioClient s3;
    private final OffsiteSettings settings;
    private final long bundleLimit;

    public OffsiteCopies(OffsiteSettings settings) {
        this(settings, Bundle.DEFAULT_LIMIT);
    }

    /** With bundles of at most {@code bundleLimit} bytes (the copy's reader needs no limit: it reads the sizes). */
    OffsiteCopies(OffsiteSettings settings, long bundleLimit) {
        this.s3 = settings.client();
        this.settings = settings;
        this.bundleLimit = bundleLimit;
    }

    /** One backup at the backup site: complete once its manifest is there. */
    public record Copy(String name, boolean complete, int objects, long bytes, Instant takenAt) {}

    /** What {@link #ship} did: objects sent, objects already there, bytes sent. */
    public record Shipped(String where, int sent, int alreadyThere, long bytesSent) {}

    /**
     * Sends the (whole, checked) backup folder as bundles, {@code SHA256SUMS} and, last, {@code manifest.json};
     * then checks that every object is there with its size. Refuses a damaged backup.
     */
    public Shipped ship(Path backup) throws IOException, MinioException {
        List<String> problems = Backups.verify(backup);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "备份已损坏，不发送异地 (the backup is damaged, nothing is sent): " + String.join("; ", problems));
        }
        ensureBucket();
        String name = backup.getFileName().toString();
        BackupManifest manifest = BackupManifest.read(backup);
        Map<String, Long> there = sizes(name);

        var sent = new AtomicInteger();
        var skipped = new AtomicInteger();
        var bytes = new AtomicLong();
        List<Upload> uploads = new ArrayList<>();
        for (Bundle bundle : Bundle.plan(manifest.files(), bundleLimit)) {
            uploads.add(new Upload(bundle.path(), bundle.size(), bundle.contents(), () -> bundle.open(backup)));
        }
        for (String whole : List.of(BackupManifest.SUMS, BackupManifest.FILE)) {
            Path file = backup.resolve(whole);
            uploads.add(new Upload(whole, Files.size(file), Sha256.of(file), () -> Files.newInputStream(file)));
        }
        Transfer<Upload> send = upload -> {
            String key = key(name, upload.path());
            if (!upload.path().equals(BackupManifest.FILE)
                    && Long.valueOf(upload.size()).equals(there.get(key))
                    && upload.contents().equals(storedContents(key))) {
                skipped.incrementAndGet();
                return;
            }
            withRetries(key, () -> {
                try (InputStream in = upload.open().get()) {
                    s3.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(key).stream(
                                    in, upload.size(), PART_SIZE)
                            .userMetadata(Map.of(CONTENTS_METADATA, upload.contents()))
                            .build());
                }
            });
            sent.incrementAndGet();
            bytes.addAndGet(upload.size());
        };
        inParallel(uploads.subList(0, uploads.size() - 1), send);
        send.run(uploads.getLast()); // the manifest, once everything else is there: it marks the copy whole

        Map<String, Long> copied = sizes(name);
        List<String> missing = uploads.stream()
                .filter(u -> !Long.valueOf(u.size()).equals(copied.get(key(name, u.path()))))
                .map(Upload::path)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("异地副本不完整 (the off-site copy is incomplete): " + missing);
        }
        return new Shipped(settings.where(name), sent.get(), skipped.get(), bytes.get());
    }

    /** Every backup under the prefix, oldest first, complete or not. */
    public List<Copy> list() throws IOException, MinioException {
        List<Copy> copies = new ArrayList<>();
        if (!s3.bucketExists(
                BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
            return copies;
        }
        for (Result<Item> listed : s3.listObjects(ListObjectsArgs.builder()
                .bucket(settings.bucket())
                .prefix(settings.prefix())
                .delimiter("/")
                .build())) {
            Item item = listed.get();
            if (!item.isDir()) {
                continue;
            }
            String name =
                    item.objectName().substring(settings.prefix().length()).replaceAll("/$", "");
            copies.add(copy(name));
        }
        copies.sort(Comparator.comparing(Copy::name));
        return copies;
    }

    /**
     * Reads every bundle of the copy back and checks each file in it against the copy's manifest; returns the
     * problems (empty when the copy is whole).
     */
    public List<String> verify(String name) throws IOException, MinioException {
        BackupManifest manifest = manifest(name);
        List<String> problems = new ArrayList<>();
        List<String> found = Collections.synchronizedList(problems);
        inParallel(bundles(name, manifest), bundle -> {
            try (InputStream in = get(key(name, bundle.path()))) {
                found.addAll(bundle.unpack(in, Bundle.FileTarget.NOWHERE));
            }
        });
        problems.sort(null);
        return problems;
    }

    /**
     * Downloads the copy into {@code parent/<name>} (through {@code <name>.partial}), checking each file's
     * SHA-256 against the copy's manifest as it arrives; a damaged copy leaves nothing behind.
     */
    public Path fetch(String name, Path parent) throws IOException, MinioException {
        Path folder = parent.resolve(name);
        Path partial = parent.resolve(name + ".partial");
        if (Files.exists(folder) || Files.exists(partial)) {
            throw new IllegalStateException(folder + " already exists");
        }
        BackupManifest manifest = manifest(name);
        List<Bundle> bundles = bundles(name, manifest);
        Files.createDirectories(partial);
        try {
            Bundle.FileTarget into = file -> {
                Path local = partial.resolve(file.path()).normalize();
                if (!local.startsWith(partial)) {
                    throw new IllegalStateException("the manifest names a path outside the backup: " + file.path());
                }
                Files.createDirectories(local.getParent());
                return Files.newOutputStream(local);
            };
            inParallel(bundles, bundle -> {
                try (InputStream in = get(key(name, bundle.path()))) {
                    List<String> problems = bundle.unpack(in, into);
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException(
                                "异地副本已损坏 (the off-site copy is damaged): " + String.join("; ", problems));
                    }
                }
            });
            for (String whole : List.of(BackupManifest.SUMS, BackupManifest.FILE)) {
                try (InputStream in = get(key(name, whole))) {
                    Files.copy(in, partial.resolve(whole));
                }
            }
            List<String> problems = Backups.verify(partial);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("异地副本已损坏 (the off-site copy is damaged): " + problems);
            }
        } catch (IOException | MinioException | RuntimeException e) {
            Backups.delete(partial);
            throw e;
        }
        Files.move(partial, folder);
        return folder;
    }

    /**
     * Removes the complete copies that {@code retention} does not keep at {@code now} (the manifest first, so
     * a removal cut short reads as unfinished); unfinished copies are left for a new ship to resume. Returns
     * the names removed (or that would be, when {@code dryRun}).
     */
    public List<String> prune(Retention retention, Instant now, boolean dryRun) throws IOException, MinioException {
        Map<String, Instant> complete = new TreeMap<>();
        for (Copy copy : list()) {
            if (copy.complete()) {
                complete.put(copy.name(), copy.takenAt());
            }
        }
        Set<String> kept = retention.keep(complete, now);
        List<String> removed = new ArrayList<>();
        for (String name : complete.keySet()) {
            if (kept.contains(name)) {
                continue;
            }
            if (!dryRun) {
                remove(key(name, BackupManifest.FILE));
                for (String key : sizes(name).keySet()) {
                    remove(key);
                }
            }
            removed.add(name);
        }
        return removed;
    }

    /** One file's transfer; several run at once (the backup site is usually far: latency, not bandwidth, bounds it). */
    @FunctionalInterface
    private interface Transfer<T> {
        void run(T item) throws IOException, MinioException;
    }

    /** One object sent once. */
    @FunctionalInterface
    private interface Attempt {
        void run() throws IOException, MinioException;
    }

    /**
     * Sends one object, up to {@link #ATTEMPTS} times: a far store drops connections, and S3 servers
     * (S3 itself, S3Proxy) now and then answer a multipart upload's completion with NoSuchUpload. Each
     * attempt starts the object again from its first byte.
     */
    private static void withRetries(String key, Attempt attempt) throws IOException, MinioException {
        for (int tried = 1; ; tried++) {
            try {
                attempt.run();
                return;
            } catch (IOException | MinioException e) {
                if (tried == ATTEMPTS) {
                    throw e;
                }
                String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                BackupCli.say("  %s: attempt %d failed (%s); sending it again", key, tried, why);
                try {
                    Thread.sleep(1000L * tried); // back off before the next attempt
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Runs {@code transfer} on every item, {@link #PARALLEL} at a time; the first failure stops the rest. */
    private static <T> void inParallel(List<T> items, Transfer<T> transfer) throws IOException, MinioException {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            List<Future<?>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> {
                    transfer.run(item);
                    return null;
                }));
            }
            for (Future<?> transferred : running) {
                try {
                    transferred.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    switch (e.getCause()) {
                        case IOException io -> throw io;
                        case MinioException minio -> throw minio;
                        case RuntimeException runtime -> throw runtime;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
    }

    /** One object to send: a bundle or one of the two files that describe the backup. */
    private record Upload(String path, long size, String contents, Opener open) {}

    @FunctionalInterface
    private interface Opener {
        InputStream get() throws IOException;
    }

    /** The copy's bundles, told from their sizes there; a copy whose sizes do not fit its manifest is damaged. */
    private List<Bundle> bundles(String name, BackupManifest manifest) throws IOException, MinioException {
        String folder = key(name, "bundles/");
        List<Long> sizes = sizes(name).entrySet().stream()
                .filter(e -> e.getKey().startsWith(folder))
                .map(Map.Entry::getValue)
                .toList();
        return Bundle.fromSizes(manifest.files(), sizes)
                .orElseThrow(
                        () -> new IllegalStateException(
                                "异地副本已损坏 (the off-site copy is damaged): its bundles do not add up to the files of its manifest"));
    }

    private Copy copy(String name) throws IOException, MinioException {
        Map<String, Long> there = sizes(name);
        boolean complete = there.containsKey(key(name, BackupManifest.FILE));
        Instant takenAt = complete ? Instant.parse(manifest(name).createdAt()) : null;
        long bytes = there.values().stream().mapToLong(Long::longValue).sum();
        return new Copy(name, complete, there.size(), bytes, takenAt);
    }

    private BackupManifest manifest(String name) throws IOException, MinioException {
        try (InputStream in = get(key(name, BackupManifest.FILE))) {
            return BackupManifest.JSON.readValue(in, BackupManifest.class);
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                throw new IllegalStateException("异地没有完整的备份 " + name + " (no complete off-site copy named " + name
                        + " in " + settings.where(name) + ")");
            }
            throw e;
        }
    }

    /** Key → size of every object of the copy. */
    private Map<String, Long> sizes(String name) throws IOException, MinioException {
        Map<String, Long> sizes = new TreeMap<>();
        for (Result<Item> listed : s3.listObjects(ListObjectsArgs.builder()
                .bucket(settings.bucket())
                .prefix(key(name, ""))
                .recursive(true)
                .build())) {
            Item item = listed.get();
            if (!item.isDir()) {
                sizes.put(item.objectName(), item.size());
            }
        }
        return sizes;
    }

    private String storedContents(String key) throws IOException, MinioException {
        var stat = s3.statObject(
                StatObjectArgs.builder().bucket(settings.bucket()).object(key).build());
        for (var header : stat.userMetadata()) {
            String headerName = header.getKey().toLowerCase(Locale.ROOT);
            if (headerName.equals(CONTENTS_METADATA) || headerName.equals("x-amz-meta-" + CONTENTS_METADATA)) {
                return header.getValue();
            }
        }
        return null;
    }

    private InputStream get(String key) throws IOException, MinioException {
        return s3.getObject(
                GetObjectArgs.builder().bucket(settings.bucket()).object(key).build());
    }

    private void remove(String key) throws IOException, MinioException {
        s3.removeObject(
                RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
    }

    private void ensureBucket() throws IOException, MinioException {
        if (!s3.bucketExists(
                BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
            s3.makeBucket(MakeBucketArgs.builder().bucket(settings.bucket()).build());
        }
    }

    private String key(String name, String path) {
        return settings.prefix() + name + "/" + path;
    }
}
