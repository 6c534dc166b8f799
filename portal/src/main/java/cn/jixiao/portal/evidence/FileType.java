package cn.jixiao.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file accepted as evidence, told from the content, never from the name or the
 * type the browser claims: PDF, JPEG, PNG, and the zip-based OFD (China's fixed-layout format),
 * DOCX and XLSX, recognised by the part each must contain.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    OFD("application/ofd", "ofd"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** A plain ZIP archive: accepted as evidence (a bundle of scans), not as a device document. */
    ZIP("application/zip", "zip");

    public static final String ALLOWED = "PDF、JPG、PNG、OFD、DOCX、XLSX";

    /** What evidence files may be: the document types and plain ZIP archives. */
    public static final String EVIDENCE_ALLOWED = ALLOWED + "、ZIP";

    /** How many first bytes {@link #sniff} needs. */
    public static final int HEAD_LENGTH = 8;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The file name extension of this type, lower case, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type a stored file was recognised as, from its stored content type. */
    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }

    /** The type of the file's content, or empty when it is none of the accepted ones. */
    public static Optional<FileType> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG_MAGIC.length);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return startsWith(head, ZIP_MAGIC) ? zipped(file) : Optional.empty();
    }

    /**
     * The type told by a file's first bytes: PDF, JPEG or PNG, or ZIP for anything zip-based (which of
     * OFD, DOCX, XLSX or a plain archive it is, only its entries tell: {@link #ofZipEntries}).
     */
    public static Optional<FileType> sniff(byte[] head) {
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return startsWith(head, ZIP_MAGIC) ? Optional.of(ZIP) : Optional.empty();
    }

    /** A zip-based file's type from the names of its entries: OFD, DOCX, XLSX, else a plain ZIP. */
    public static FileType ofZipEntries(java.util.function.Predicate<String> hasEntry) {
        if (hasEntry.test("OFD.xml")) {
            return OFD;
        }
        if (hasEntry.test("word/document.xml")) {
            return DOCX;
        }
        if (hasEntry.test("xl/workbook.xml")) {
            return XLSX;
        }
        return ZIP;
    }

    /** The type a file name's extension claims, if it is one of these. */
    public static Optional<FileType> ofExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (ext.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** Any zip could start with PK; only one with the format's root part is that format. */
    private static Optional<FileType> zipped(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("OFD.xml") != null) {
                return Optional.of(OFD);
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (ZipException broken) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
