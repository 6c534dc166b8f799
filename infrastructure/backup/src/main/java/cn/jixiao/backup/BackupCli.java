package cn.jixiao.backup;

import java.nio.file.Path;
import java.sql.Connection;
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
 * </pre>
 */
public final class BackupCli {
    private BackupCli() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
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
            }
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

    private static void usage() {
        System.err.println(
                "usage: backup DIR | verify BACKUP | restore-database BACKUP DATA_DIR | restore-objects BACKUP | checksums DB...");
        System.exit(2);
    }

    static void say(String format, Object... args) {
        System.out.println("[backup] " + String.format(format, args));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
