package cn.jixiao.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A physical base backup of a running PostgreSQL cluster through the SQL backup API
 * ({@code pg_backup_start} / {@code pg_backup_stop}, "non-exclusive low-level backup"): the data
 * directory is copied while the server runs, then the WAL from the backup's start to its end is added,
 * so the copy starts as a consistent cluster. It must run where the data directory can be read (the
 * database host; in Kubernetes the operator's own backup does this).
 *
 * <p>Why not pg_dump or pg_basebackup: the stack runs PostgreSQL 17 and the only client tools these
 * machines can install are Debian's PostgreSQL 15, which refuse a newer server ("server version
 * mismatch", measured). A base backup also holds what a dump of one database misses: every database
 * (Keycloak's included), the roles with their passwords, and it is the start of point-in-time recovery.
 */
final class BaseBackup {
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    /** Files never copied (pg_basebackup leaves the same out). */
    private static final Set<String> SKIPPED_FILES = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "epg-lock",
            "backup_label",
            "backup_label.old",
            "tablespace_map",
            "current_logfiles",
            "recovery.signal",
            "standby.signal",
            "pg_internal.init");
    /** Folders kept, but empty: their contents are rebuilt by the server or come from the WAL. */
    private static final Set<String> EMPTIED_FOLDERS = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private BaseBackup() {}

    /** Copies the cluster behind {@code superuser} into {@code target} (a new folder). */
    static BackupManifest.Postgres take(Connection superuser, Path target) throws SQLException, IOException {
        Path dataDir = Path.of(text(superuser, "select setting from pg_settings where name = 'data_directory'"));
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("数据目录 " + dataDir + " 在本机不可读，备份须在数据库主机上运行"
                    + " (the data directory is not on this machine; run the backup on the database host)");
        }
        String version = text(superuser, "select current_setting('server_version_num')");
        List<String> databases = databases(superuser);
        String slot = "jixiao_backup_" + text(superuser, "select pg_backend_pid()");
        // a temporary slot keeps the server from recycling the WAL this backup needs until it is copied
        run(superuser, "select pg_create_physical_replication_slot('" + slot + "', true, true)");
        String startLsn = text(superuser, "select pg_backup_start('jixiao backup', true)::text");
        String startWal = walFile(superuser, startLsn);
        int timeline = Integer.parseInt(text(superuser, "select timeline_id from pg_control_checkpoint()"));
        List<String> directories = new ArrayList<>();
        Path data = target.resolve("data");
        copyDataDirectory(dataDir, data, directories);
        String stopLsn;
        try (Statement s = superuser.createStatement();
                ResultSet stop = s.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
            stop.next();
            stopLsn = stop.getString(1);
            Files.writeString(data.resolve("backup_label"), stop.getString(2), StandardCharsets.UTF_8);
            String tablespaces = stop.getString(3);
            if (tablespaces != null && !tablespaces.isBlank()) {
                throw new IllegalStateException(
                        "tablespaces outside the data directory are not backed up: " + tablespaces);
            }
        }
        String stopWal = walFile(superuser, stopLsn);
        List<String> segments = copyWal(dataDir.resolve("pg_wal"), data.resolve("pg_wal"), startWal, stopWal);
        run(superuser, "select pg_drop_replication_slot('" + slot + "')");
        return new BackupManifest.Postgres(
                version, startLsn, stopLsn, timeline, startWal, stopWal, segments, directories, databases);
    }

    /** Lays the base backup into an empty data directory; the server then starts from it (and replays the WAL). */
    static void restore(Path backupFolder, BackupManifest.Postgres postgres, Path dataDir) throws IOException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("数据目录 " + dataDir + " 不是空的，恢复只写入空目录"
                            + " (the data directory is not empty; restore writes only into an empty one)");
                }
            }
        }
        Files.createDirectories(dataDir);
        for (String directory : postgres.directories()) {
            Files.createDirectories(dataDir.resolve(directory));
        }
        Path source = backupFolder.resolve("postgres/data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = dataDir.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        // PostgreSQL refuses a data directory others may read
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Makes a restored data directory recover to a point in time from archived WAL: it fetches each segment
     * with {@code restoreCommand} and stops before the first transaction committed after {@code targetTime}.
     */
    static void recoverTo(Path dataDir, String restoreCommand, String targetTime) throws IOException {
        Files.writeString(dataDir.resolve("recovery.signal"), "");
        Files.writeString(
                dataDir.resolve("postgresql.auto.conf"),
                "\nrestore_command = '" + restoreCommand.replace("'", "''") + "'\n"
                        + "recovery_target_time = '" + targetTime + "'\n"
                        + "recovery_target_action = 'promote'\n"
                        + "archive_mode = 'off'\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static void copyDataDirectory(Path from, Path to, List<String> directories) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String relative = from.relativize(dir).toString().replace('\\', '/');
                if (!relative.isEmpty()) {
                    directories.add(relative);
                }
                Files.createDirectories(to.resolve(relative));
                if (EMPTIED_FOLDERS.contains(relative)
                        || dir.getFileName().toString().startsWith("pgsql_tmp")) {
                    if (relative.equals("pg_wal")) {
                        // archive_status and (PostgreSQL 17) summaries must exist; their contents are not needed
                        try (Stream<Path> inside = Files.list(dir)) {
                            inside.filter(Files::isDirectory)
                                    .forEach(sub -> directories.add("pg_wal/" + sub.getFileName()));
                        }
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (NoSuchFileException droppedDuringTheBackup) {
                    // a relation dropped while we copied: the WAL replay drops it too
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The WAL segments from {@code startWal} to {@code stopWal} of the same timeline, and the timeline history files. */
    private static List<String> copyWal(Path from, Path to, String startWal, String stopWal) throws IOException {
        List<String> copied = new ArrayList<>();
        Files.createDirectories(to.resolve("archive_status"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                boolean segment = WAL_SEGMENT.matcher(name).matches()
                        && name.substring(0, 8).equals(startWal.substring(0, 8))
                        && name.compareTo(startWal) >= 0
                        && name.compareTo(stopWal) <= 0;
                if (segment || name.endsWith(".history")) {
                    try (InputStream in = Files.newInputStream(file);
                            OutputStream out = Files.newOutputStream(to.resolve(name))) {
                        in.transferTo(out);
                    }
                    copied.add(name);
                }
            }
        }
        if (!copied.contains(startWal) || !copied.contains(stopWal)) {
            throw new IllegalStateException("the WAL of the backup is gone from pg_wal (" + startWal + " .. " + stopWal
                    + "); the backup is not consistent");
        }
        return copied;
    }

    static List<String> databases(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "select datname from pg_database where not datistemplate and datallowconn order by 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String walFile(Connection c, String lsn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
            s.setString(1, lsn);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
