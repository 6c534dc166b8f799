package cn.jixiao.backup;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * {@code ./run pitr-drill}: point-in-time recovery with the WAL archived to S3, on a PostgreSQL and an S3
 * server of its own (free ports, folder {@code .run/pitr-drill}). A primary archives every WAL segment with
 * {@code wal-s3.sh push}; a base backup is taken; rows are written, the time T is noted, then everything is
 * deleted by mistake and more is written. A new server recovers from the base backup and the archive to T
 * ({@code recovery_target_time}): it must hold every row written before T and nothing after it.
 */
public final class PitrDrill {
    private static final String KEY = "pitr-drill";
    private static final String SECRET = "pitr-drill-secret";
    private static final String BUCKET = "jixiao-wal";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private PitrDrill() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PitrDrill <path of wal-s3.sh> <drill folder>");
            System.exit(2);
        }
        Path script = Path.of(args[0]).toAbsolutePath();
        Path folder = Path.of(args[1]).toAbsolutePath();
        wipe(folder);
        Files.createDirectories(folder);
        long t0 = System.nanoTime();

        int s3Port = freePort();
        BlobStore blobs = new FilesystemNio2BlobStore(
                Files.createDirectories(folder.resolve("s3")).toString());
        blobs.createContainer(BUCKET);
        S3Proxy s3Server = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:" + s3Port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, SECRET)
                .build();
        s3Server.start();
        String env = "JIXIAO_WAL_S3_URL=http://127.0.0.1:" + s3Port + "/" + BUCKET + "/drill JIXIAO_S3_ACCESS_KEY="
                + KEY + " JIXIAO_S3_SECRET_KEY=" + SECRET + " ";
        try {
            run(script, folder, env, s3Port, t0);
        } finally {
            s3Server.stop();
        }
    }

    private static void run(Path script, Path folder, String env, int s3Port, long t0) throws Exception {
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path backup;
        String targetTime;
        long rowsAtT;
        String archivedUpTo;
        try (EmbeddedPostgres primary = EmbeddedPostgres.builder()
                .setPort(freePort())
                .setDataDirectory(folder.resolve("primary"))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("wal_level", "replica")
                .setServerConfig("archive_mode", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        folder.resolve("primary.log").toFile()))
                .setPGStartupWait(WITHIN)
                .start()) {
            try (Connection c = connect(primary.getPort());
                    Statement s = c.createStatement()) {
                s.execute("alter system set archive_command = '" + env + script + " push %p %f'");
                s.execute("select pg_reload_conf()");
                s.execute("create table ledger (id bigserial primary key, amount numeric(14, 2), note text)");
                s.execute("insert into ledger (amount, note) select g, '基线 ' || g from generate_series(1, 1000) g");
                backup = Backups.take(c, s3(s3Port), java.util.List.of(), backups, Clock.systemUTC());
                say("base backup taken: %s", backup.getFileName());
                s.execute("insert into ledger (amount, note) select g, '备份后 ' || g from generate_series(1, 500) g");
                targetTime = BaseBackup.text(c, "select clock_timestamp()::text");
                rowsAtT = Long.parseLong(BaseBackup.text(c, "select count(*) from ledger"));
                say("T = %s: %d rows", targetTime, rowsAtT);
                s.execute("delete from ledger"); // the mistake
                s.execute("insert into ledger (amount, note) select g, '误删之后 ' || g from generate_series(1, 200) g");
                say(
                        "after T: every row deleted by mistake, then 200 rows written (%s rows now)",
                        BaseBackup.text(c, "select count(*) from ledger"));
                archivedUpTo = BaseBackup.text(c, "select pg_walfile_name(pg_switch_wal())");
                awaitArchived(c, archivedUpTo);
            }
        }
        int archived = count(s3(s3Port));
        say("primary stopped; %d WAL segments in s3://%s/drill (up to %s)", archived, BUCKET, archivedUpTo);

        Path recovered = folder.resolve("recovered");
        Backups.restoreDatabase(backup, recovered);
        Backups.recoverTo(recovered, env + script + " fetch %f %p", targetTime);
        long r0 = System.nanoTime();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setPort(freePort())
                        .setDataDirectory(recovered)
                        .setCleanDataDirectory(false)
                        .setServerConfig("listen_addresses", "localhost")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                                folder.resolve("recovered.log").toFile()))
                        .setPGStartupWait(WITHIN)
                        .start();
                Connection c = connect(server.getPort())) {
            Instant deadline = Instant.now().plus(WITHIN);
            while (BaseBackup.text(c, "select pg_is_in_recovery()::text").equals("true")) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("recovery did not end within " + WITHIN);
                }
                Thread.sleep(100); // recovery runs in the server: poll its answer until the deadline
            }
            long rows = Long.parseLong(BaseBackup.text(c, "select count(*) from ledger"));
            long after = Long.parseLong(BaseBackup.text(c, "select count(*) from ledger where note like '误删之后%'"));
            say(
                    "recovered to T in %d ms: %d rows (expected %d), %d rows written after T",
                    ms(r0), rows, rowsAtT, after);
            if (rows != rowsAtT || after != 0) {
                throw new IllegalStateException("PITR DRILL FAILED: the recovered server is not the state at T");
            }
        }
        try (Stream<String> log = Files.lines(folder.resolve("recovered.log"))) {
            log.filter(line -> line.contains("restored log file")
                            || line.contains("recovery stopping")
                            || line.contains("point-in-time recovery"))
                    .forEach(line -> say("  postgres: %s", line.replaceFirst("^.*?LOG:\\s+", "")));
        }
        say("PITR DRILL PASSED in %d ms (folder %s)", ms(t0), folder);
    }

    private static void awaitArchived(Connection c, String segment) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        while (true) {
            String last = BaseBackup.text(c, "select coalesce(last_archived_wal, '') from pg_stat_archiver");
            if (last.compareTo(segment) >= 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("WAL " + segment + " not archived within " + WITHIN + "; failed: "
                        + BaseBackup.text(
                                c,
                                "select failed_count || ' ' || coalesce(last_failed_wal, '') from pg_stat_archiver"));
            }
            Thread.sleep(100); // the archiver works in its own process: poll its statistics until the deadline
        }
    }

    private static int count(MinioClient s3) throws Exception {
        int n = 0;
        for (var ignored : s3.listObjects(
                ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build())) {
            n++;
        }
        return n;
    }

    private static MinioClient s3(int port) {
        return MinioClient.builder()
                .endpoint("http://127.0.0.1:" + port)
                .credentials(KEY, SECRET)
                .region("cn-north-1")
                .build();
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void wipe(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("[pitr-drill] " + String.format(format, args));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
