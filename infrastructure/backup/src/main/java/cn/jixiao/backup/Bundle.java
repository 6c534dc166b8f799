package cn.jixiao.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The files of a backup packed into a few large objects for the backup site, as pgBackRest's
 * {@code repo-bundle} does: a base backup is thousands of small files (one per table and index), and a
 * far object store answers each request in tens of milliseconds. A bundle is its files' bytes one after
 * the other, in the manifest's order; the manifest gives each file's size and SHA-256, so a bundle needs
 * no format of its own and is checked file by file as it is read back.
 *
 * @param number the bundle's place (its object is {@code bundles/<number>})
 * @param files what it holds, in order
 */
record Bundle(int number, List<BackupManifest.StoredFile> files) {
    /** Bundle close at 64 MB (a larger file is a bundle of its own). */
    static final long DEFAULT_LIMIT = 64L * 1024 * 1024;

    /** The backup's files, in the manifest's order, cut into bundles of at most {@code limit} bytes. */
    static List<Bundle> plan(List<BackupManifest.StoredFile> files, long limit) {
        List<Bundle> bundles = new ArrayList<>();
        List<BackupManifest.StoredFile> current = new ArrayList<>();
        long size = 0;
        for (BackupManifest.StoredFile file : files) {
            if (!current.isEmpty() && size + file.size() > limit) {
                bundles.add(new Bundle(bundles.size() + 1, List.copyOf(current)));
                current.clear();
                size = 0;
            }
            current.add(file);
            size += file.size();
        }
        if (!current.isEmpty()) {
            bundles.add(new Bundle(bundles.size() + 1, List.copyOf(current)));
        }
        return bundles;
    }

    /**
     * The bundles as they were planned, told from their sizes at the backup site (files are added to a bundle
     * while they fit; an empty file joins the bundle before it). Empty when the sizes do not add up to the files.
     */
    static Optional<List<Bundle>> fromSizes(List<BackupManifest.StoredFile> files, List<Long> sizes) {
        List<Bundle> bundles = new ArrayList<>();
        int next = 0;
        for (long size : sizes) {
            List<BackupManifest.StoredFile> held = new ArrayList<>();
            long sum = 0;
            while (next < files.size() && (sum < size || files.get(next).size() == 0)) {
                if (held.isEmpty() || sum + files.get(next).size() <= size) {
                    sum += files.get(next).size();
                    held.add(files.get(next++));
                } else {
                    break;
                }
            }
            if (sum != size || held.isEmpty()) {
                return Optional.empty();
            }
            bundles.add(new Bundle(bundles.size() + 1, List.copyOf(held)));
        }
        return next == files.size() ? Optional.of(bundles) : Optional.empty();
    }

    String path() {
        return "bundles/" + String.format("%05d", number);
    }

    long size() {
        return files.stream().mapToLong(BackupManifest.StoredFile::size).sum();
    }

    /** SHA-256 of the list of its files (path, size, SHA-256): equal for equal contents, known without reading them. */
    String contents() {
        MessageDigest digest = Sha256.digest();
        for (BackupManifest.StoredFile file : files) {
            digest.update(
                    (file.sha256() + " " + file.size() + " " + file.path() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The bundle's bytes, read from the backup folder one file after the other as they are sent. */
    InputStream open(Path backup) {
        Iterator<BackupManifest.StoredFile> next = files.iterator();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                try {
                    return Files.newInputStream(backup.resolve(next.next().path()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /**
     * Cuts the bundle's bytes back into its files, each written by {@code target} (or only read when it gives
     * none), and returns what differs from the manifest: a file's SHA-256, a bundle that ends early or runs on.
     */
    List<String> unpack(InputStream bundle, FileTarget target) throws IOException {
        List<String> problems = new ArrayList<>();
        for (BackupManifest.StoredFile file : files) {
            Sha256.Copied copied;
            try (OutputStream out = target.open(file)) {
                // at most this file's bytes; the rest of the bundle stays open for the next file
                copied = Sha256.copy(
                        BoundedInputStream.builder()
                                .setInputStream(bundle)
                                .setMaxCount(file.size())
                                .setPropagateClose(false)
                                .get(),
                        out);
            }
            if (copied.size() != file.size()) {
                problems.add(file.path() + ": " + path() + " ends " + (file.size() - copied.size()) + " bytes early");
                return problems;
            }
            if (!copied.sha256().equals(file.sha256())) {
                problems.add(file.path() + ": SHA-256 " + copied.sha256() + " ≠ " + file.sha256());
            }
        }
        if (bundle.read() >= 0) {
            problems.add(path() + ": more bytes than its files");
        }
        return problems;
    }

    /** Where an unpacked file goes. */
    @FunctionalInterface
    interface FileTarget {
        OutputStream open(BackupManifest.StoredFile file) throws IOException;

        FileTarget NOWHERE = file -> OutputStream.nullOutputStream();
    }
}
