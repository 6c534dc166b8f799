package cn.jixiao.portal.evidence;

import cn.jixiao.portal.web.Refusals;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a zip-based file (OFD, DOCX, XLSX or a ZIP archive) once it is stored, without unpacking it: its
 * central directory is read back from object storage with ranged reads (the end record first, then the
 * directory itself, streamed), the entries are counted and their declared unpacked sizes summed. Too many
 * entries or too much unpacked data (a zip bomb) is refused; so is a zip whose directory cannot be read.
 * The entries' names tell which of the types it is. The declared sizes are what any unpacker trusts
 * first; production's clamd also stops at its own unpacking limits when it scans.
 */
final class ZipInspector {
    /** The end of central directory record: 22 bytes and a comment of at most 65,535. */
    private static final int EOCD_MAX = 22 + 0xFFFF;

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CENTRAL_SIG = 0x02014b50;

    /** Reads {@code length} bytes of the stored object from {@code offset}. */
    interface Ranges {
        InputStream open(long offset, long length);
    }

    private final long maxEntries;
    private final long maxUnpacked;

    ZipInspector(long maxEntries, long maxUnpacked) {
        this.maxEntries = maxEntries;
        this.maxUnpacked = maxUnpacked;
    }

    /** The file's type, or a 4xx saying why it is refused. */
    FileType inspect(Ranges object, long size) {
        try {
            return read(object, size);
        } catch (EOFException | IllegalArgumentException e) {
            throw broken();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private FileType read(Ranges object, long size) throws IOException {
        int tailLength = (int) Math.min(size, EOCD_MAX);
        byte[] tail;
        try (InputStream in = object.open(size - tailLength, tailLength)) {
            tail = in.readNBytes(tailLength);
        }
        int eocd = -1;
        for (int i = tail.length - 22; i >= 0; i--) {
            if (le32(tail, i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw broken();
        }
        long entries = le16(tail, eocd + 10);
        long directorySize = le32u(tail, eocd + 12);
        long directoryOffset = le32u(tail, eocd + 16);
        if (entries == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
            int locator = eocd - 20;
            if (locator < 0 || le32(tail, locator) != ZIP64_LOCATOR_SIG) {
                throw broken();
            }
            long recordOffset = le64(tail, locator + 8);
            if (recordOffset < 0 || recordOffset + 56 > size) {
                throw broken();
            }
            byte[] record;
            try (InputStream in = object.open(recordOffset, 56)) {
                record = in.readNBytes(56);
            }
            if (record.length < 56 || le32(record, 0) != ZIP64_EOCD_SIG) {
                throw broken();
            }
            entries = le64(record, 32);
            directorySize = le64(record, 40);
            directoryOffset = le64(record, 48);
        }
        if (entries < 0 || entries > maxEntries) {
            throw tooManyEntries(entries);
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > size) {
            throw broken();
        }
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        long seen = 0;
        try (var in =
                new DataInputStream(new BufferedInputStream(object.open(directoryOffset, directorySize), 64 * 1024))) {
            byte[] fixed = new byte[46];
            while (seen < entries) {
                in.readFully(fixed);
                if (le32(fixed, 0) != CENTRAL_SIG) {
                    throw broken();
                }
                long entrySize = le32u(fixed, 24);
                int nameLength = le16(fixed, 28);
                int extraLength = le16(fixed, 30);
                int commentLength = le16(fixed, 32);
                byte[] name = new byte[nameLength];
                in.readFully(name);
                byte[] extra = new byte[extraLength];
                in.readFully(extra);
                in.skipNBytes(commentLength);
                if (entrySize == 0xFFFFFFFFL) {
                    entrySize = zip64Size(extra);
                }
                seen++;
                unpacked += entrySize;
                if (entrySize < 0 || unpacked < 0 || unpacked > maxUnpacked) {
                    throw tooBigUnpacked();
                }
                if (nameLength < 64) {
                    names.add(new String(name, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return FileType.ofZipEntries(names::contains);
    }

    /** The unpacked size from a ZIP64 extra field (id 1): the first of its values when that is flagged. */
    private static long zip64Size(byte[] extra) {
        int at = 0;
        while (at + 4 <= extra.length) {
            int id = le16(extra, at);
            int length = le16(extra, at + 2);
            if (id == 1 && length >= 8 && at + 12 <= extra.length) {
                return le64(extra, at + 4);
            }
            at += 4 + length;
        }
        throw new IllegalArgumentException("ZIP64 entry without its sizes");
    }

    private RuntimeException tooManyEntries(long entries) {
        return Refusals.of(
                422,
                "archive_entries",
                "压缩文件的条目过多（" + entries + " 个，上限 " + maxEntries + " 个），已拒绝 (the archive has " + entries
                        + " entries; at most " + maxEntries + " are accepted)");
    }

    private RuntimeException tooBigUnpacked() {
        long mb = Math.max(1, maxUnpacked / 1024 / 1024);
        return Refusals.of(
                413,
                "archive_too_large",
                "压缩文件解压后超过 " + mb + " MB，已拒绝（疑似压缩炸弹） (the archive unpacks to more than " + mb
                        + " MB; refused as a possible zip bomb)");
    }

    private static RuntimeException broken() {
        return Refusals.of(415, "unsupported_type", "压缩文件已损坏或无法识别 (the zip-based file is damaged or cannot be read)");
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }

    private static long le32u(byte[] b, int at) {
        return le32(b, at) & 0xFFFFFFFFL;
    }

    private static long le64(byte[] b, int at) {
        return le32u(b, at) | le32u(b, at + 4) << 32;
    }
}
