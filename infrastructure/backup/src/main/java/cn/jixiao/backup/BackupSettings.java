package cn.jixiao.backup;

import cn.jixiao.localstack.Credentials;
import io.minio.MinioClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the backup tool finds PostgreSQL and S3, from the environment; the defaults are `./run`'s local
 * stack. Production sets each variable (and keeps the secrets in the environment only).
 *
 * @param postgresHost JIXIAO_BACKUP_PG_HOST: the database host (the tool runs on it: it reads the data directory)
 * @param postgresPort JIXIAO_PG_PORT
 * @param superuser JIXIAO_BACKUP_PG_USER: a superuser (or a role with pg_backup_start and pg_read_server_files)
 * @param superuserPassword JIXIAO_BACKUP_PG_PASSWORD
 * @param s3Endpoint JIXIAO_S3_ENDPOINT, default http://127.0.0.1:$JIXIAO_S3_PORT
 * @param s3AccessKey JIXIAO_S3_ACCESS_KEY
 * @param s3SecretKey JIXIAO_S3_SECRET_KEY
 * @param buckets JIXIAO_BACKUP_BUCKETS: the product's buckets, comma-separated
 */
public record BackupSettings(
        String postgresHost,
        int postgresPort,
        String superuser,
        String superuserPassword,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        List<String> buckets) {

    public static BackupSettings from(Map<String, String> env) {
        int s3Port = Integer.parseInt(env.getOrDefault("JIXIAO_S3_PORT", "9000"));
        return new BackupSettings(
                env.getOrDefault("JIXIAO_BACKUP_PG_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("JIXIAO_PG_PORT", "55432")),
                env.getOrDefault("JIXIAO_BACKUP_PG_USER", "postgres"),
                env.getOrDefault("JIXIAO_BACKUP_PG_PASSWORD", "postgres"),
                env.getOrDefault("JIXIAO_S3_ENDPOINT", "http://127.0.0.1:" + s3Port),
                env.getOrDefault("JIXIAO_S3_ACCESS_KEY", Credentials.S3_ACCESS_KEY),
                env.getOrDefault("JIXIAO_S3_SECRET_KEY", Credentials.S3_SECRET_KEY),
                Arrays.stream(env.getOrDefault("JIXIAO_BACKUP_BUCKETS", Credentials.S3_BUCKET)
                                .split(","))
                        .map(String::strip)
                        .filter(b -> !b.isEmpty())
                        .toList());
    }

    /** {@code jdbc:postgresql://host:port/} (append a database name). */
    public String jdbcBase() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcBase() + database, superuser, superuserPassword);
    }

    public MinioClient s3() {
        return MinioClient.builder()
                .endpoint(s3Endpoint)
                .credentials(s3AccessKey, s3SecretKey)
                .region("cn-north-1")
                .build();
    }
}
