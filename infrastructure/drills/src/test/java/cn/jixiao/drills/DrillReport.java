package cn.jixiao.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a drill measured, printed and appended to {@code target/drill-results.md}, which `./run drill` shows at
 * the end: the figures an operator (and the note) reads, not a log.
 */
final class DrillReport {
    private static final Path RESULTS = Path.of("target", "drill-results.md");

    private DrillReport() {}

    /** A heading for one drill. */
    static void drill(String title) {
        write("\n## " + title + "\n");
    }

    /** One finding of the drill, formatted as {@link String#format}. */
    static void line(String format, Object... args) {
        write("- " + String.format(format, args) + "\n");
    }

    private static synchronized void write(String text) {
        System.out.print("[drill] " + text.strip() + "\n");
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(
                    RESULTS, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
