package cn.jixiao.backup;

import io.minio.errors.MinioException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code ./run backup DIR} and {@code ./run restore DIR} call this (settings: {@link BackupSettings}).
 *
 * <pre>
 * backup DIR                    a new folder DIR/jixiao-&lt;UTC time&gt;/ with the database, every object and the manifest
 * verify BACKUP                 every file there with the SHA-256 the manifest names
 * restore-database BACKUP DATA  the base backup into the empty data directory DATA (the server is stopped)
 * restore-objects BACKUP        every object into the (empty) buckets of the running S3
 * checksums DATABASE...         row count and MD5 of every table of each database (compare two servers)
 * offsite ship BACKUP           the backup folder to the backup site's S3 ({@link OffsiteSettings}; resumes)
 * offsite list                  the backups there, complete or not
 * offsite verify NAME           every file of one there read back and checked against its manifest
 * offsite fetch NAME DIR        one of them into DIR/NAME, checked as it arrives (then restore it as usual)
 * offsite prune [--dry-run]     removes the copies {@link Retention} does not keep
 * </pre>
 *
 * {@code backup} also ships the new folder when JIXIAO_OFFSITE_S3_ENDPOINT is set.
 */
public final class BackupCli {
    private BackupCli() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        try {
            run(args);
            // done: the S3 client's HTTP threads would otherwise keep the JVM alive for their minute of idling
            System.exit(0);
        } catch (IllegalArgumentException | IllegalStateException e) {
            say("失败 (failed): %s", e.getMessage());
            System.exit(1);
        } catch (IOException | MinioException | SQLException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            say("失败 (failed): %s: %s", e.getClass().getSimpleName(), why);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        BackupSettings settings = BackupSettings.from(System.getenv());
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "backup" -> {
                requireArgs(args, 2);
                Path folder;
                try (Connection c = settings.connect("postgres")) {
                    folder = Backups.take(
                            c,
                            settings.s3(),
                            settings.buckets(),
                            Path.of(args[1]).toAbsolutePath(),
                            Clock.systemUTC());
                }
                var manifest = BackupManifest.read(folder);
                long bytes = manifest.files().stream()
                        .mapToLong(BackupManifest.StoredFile::size)
                        .sum();
                say("backup written to %s in %d ms", folder, ms(t0));
                say(
                        "  PostgreSQL %s: databases %s, WAL %s .. %s (%d segments)",
                        manifest.postgres().serverVersion(),
                        manifest.postgres().databases(),
                        manifest.postgres().startLsn(),
                        manifest.postgres().stopLsn(),
                        manifest.postgres().walSegments().size());
                say("  S3: %d objects of %s", manifest.objects().size(), settings.buckets());
                say(
                        "  %d files, %.1f MB, each with its SHA-256 in manifest.json and SHA256SUMS",
                        manifest.files().size(), bytes / 1e6);
                var offsite = OffsiteSettings.from(System.getenv());
                if (offsite.isPresent()) {
                    OffsiteCli.ship(offsite.get(), folder);
                } else {
                    say("  no off-site copy: JIXIAO_OFFSITE_S3_ENDPOINT is not set (infrastructure/deploy/README.md)");
                }
            }
            case "offsite" -> OffsiteCli.run(List.of(args).subList(1, args.length));
            case "verify" -> {
                requireArgs(args, 2);
                List<String> problems = Backups.verify(Path.of(args[1]));
                problems.forEach(p -> say("  %s", p));
                if (!problems.isEmpty()) {
                    say("备份已损坏 (the backup is damaged): %d problems", problems.size());
                    System.exit(1);
                }
                say("backup is whole: every file matches its SHA-256");
            }
            case "restore-database" -> {
                requireArgs(args, 3);
                var manifest = Backups.restoreDatabase(Path.of(args[1]), Path.of(args[2]));
                say(
                        "database files restored into %s (%d ms); PostgreSQL replays the WAL to %s when it starts",
                        args[2], ms(t0), manifest.postgres().stopLsn());
            }
            case "restore-objects" -> {
                requireArgs(args, 2);
                int count = Backups.restoreObjects(Path.of(args[1]), settings.s3(), UnaryOperator.identity());
                say("%d objects restored into %s (%d ms)", count, settings.s3Endpoint(), ms(t0));
            }
            case "checksums" -> {
                requireArgs(args, 2);
                var sums = TableChecksums.of(
                        settings.jdbcBase(),
                        settings.superuser(),
                        settings.superuserPassword(),
                        List.of(args).subList(1, args.length));
                sums.forEach((table, sum) -> System.out.println(table + "\t" + sum));
            }
            default -> usage();
        }
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length < count) {
            usage();
        }
    }

    static void usage() {
        System.err.println(
                "usage: backup DIR | verify BACKUP | restore-database BACKUP DATA_DIR | restore-objects BACKUP | checksums DB..."
                        + " | offsite ship BACKUP | offsite list | offsite verify NAME | offsite fetch NAME DIR"
                        + " | offsite prune [--dry-run]");
        System.exit(2);
    }

    static void say(String format, Object... args) {
        System.out.println("[backup] " + String.format(format, args));
    }

    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
