package cn.jixiao.portal.evidence;

import java.util.Locale;

/**
 * The names evidence files are stored and offered under. A name comes from the user's browser, so it is
 * cleaned before it is stored or shown: no folders, no control characters (a NUL above all, which
 * PostgreSQL refuses), no invisible format characters such as the bidi overrides that make
 * "invoice‮fdp.exe" read as "invoiceexe.pdf", and a bounded length.
 */
public final class FileNames {
    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The name to store, or one made from the detected type when nothing usable was given. */
    public static String safe(String given, FileType type) {
        return clean(given, "document." + type.extension());
    }

    /** Any uploaded file's name cleaned the same way (a spreadsheet's, say), or {@code fallback}. */
    public static String clean(String given, String fallback) {
        String name = given == null
                ? ""
                : given.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }

    /**
     * For clients that ignore filename*: ASCII only, from the record's id and the extension of the
     * file's real type (never the extension the uploader's name claims).
     */
    public static String asciiFallback(String stem, long id, FileType type) {
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "-" + id + "." + type.extension();
    }
}
