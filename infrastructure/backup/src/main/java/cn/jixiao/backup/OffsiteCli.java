package cn.jixiao.backup;

import static cn.jixiao.backup.BackupCli.ms;
import static cn.jixiao.backup.BackupCli.say;

import io.minio.errors.MinioException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** {@code BackupCli offsite …} ({@code ./run offsite …}): the copies at the backup site. */
final class OffsiteCli {
    private OffsiteCli() {}

    static void run(List<String> args) throws IOException, MinioException {
        if (args.isEmpty()) {
            BackupCli.usage();
        }
        OffsiteSettings settings = OffsiteSettings.from(System.getenv())
                .orElseThrow(() -> new IllegalArgumentException(
                        "异地备份未配置 (no backup site): set JIXIAO_OFFSITE_S3_ENDPOINT, _ACCESS_KEY and _SECRET_KEY"));
        OffsiteCopies copies = new OffsiteCopies(settings);
        long t0 = System.nanoTime();
        switch (args.get(0)) {
            case "ship" -> {
                requireArgs(args, 2);
                ship(settings, Path.of(args.get(1)).toAbsolutePath());
            }
            case "list" -> {
                List<OffsiteCopies.Copy> all = copies.list();
                say("%d backups in %s", all.size(), settings.where("").replaceAll("/$", ""));
                for (OffsiteCopies.Copy copy : all) {
                    say(
                            "  %s  %s  %d objects, %.1f MB%s",
                            copy.name(),
                            copy.complete() ? "完整 complete" : "未完成 unfinished",
                            copy.objects(),
                            copy.bytes() / 1e6,
                            copy.complete() ? "" : " (ship it again to finish it)");
                }
            }
            case "verify" -> {
                requireArgs(args, 2);
                List<String> problems = copies.verify(args.get(1));
                problems.forEach(p -> say("  %s", p));
                if (!problems.isEmpty()) {
                    say("异地副本已损坏 (the off-site copy is damaged): %d problems", problems.size());
                    System.exit(1);
                }
                say("off-site copy %s is whole: every file read back matches its SHA-256 (%d ms)", args.get(1), ms(t0));
            }
            case "fetch" -> {
                requireArgs(args, 3);
                Path folder = copies.fetch(args.get(1), Path.of(args.get(2)).toAbsolutePath());
                say(
                        "fetched to %s in %d ms, every file checked; restore it with ./run restore %s",
                        folder, ms(t0), folder);
            }
            case "prune" -> {
                boolean dryRun = args.contains("--dry-run");
                Retention retention = Retention.from(System.getenv());
                List<String> removed = copies.prune(retention, Instant.now(), dryRun);
                say(
                        "%s %d backups (keeping the newest of %d days, %d weeks, %d months)%s",
                        dryRun ? "would remove" : "removed",
                        removed.size(),
                        retention.days(),
                        retention.weeks(),
                        retention.months(),
                        removed.isEmpty() ? "" : ": " + String.join(", ", removed));
            }
            default -> BackupCli.usage();
        }
    }

    static void ship(OffsiteSettings settings, Path backup) throws IOException, MinioException {
        long t0 = System.nanoTime();
        OffsiteCopies.Shipped shipped = new OffsiteCopies(settings).ship(backup);
        say(
                "off-site copy in %s: %d objects sent (%.1f MB), %d already there, in %d ms",
                shipped.where(), shipped.sent(), shipped.bytesSent() / 1e6, shipped.alreadyThere(), ms(t0));
    }

    private static void requireArgs(List<String> args, int count) {
        if (args.size() < count) {
            BackupCli.usage();
        }
    }
}
