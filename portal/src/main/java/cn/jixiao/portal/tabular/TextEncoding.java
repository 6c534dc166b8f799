package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a CSV file is in. Excel on a Chinese Windows saves "CSV" in GBK, "CSV UTF-8"
 * with a byte-order mark, and "Unicode text" in UTF-16 with a mark; other tools write UTF-8
 * without one. A file that decodes as valid UTF-8 from start to end is UTF-8; otherwise it is
 * read as GB18030 (a superset of GBK and GB2312).
 */
public record TextEncoding(Charset charset, int bomLength) {
    public static final Charset GB18030 = Charset.forName("GB18030");

    public static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Decodes the whole file in chunks, reporting the first malformed sequence. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                boolean end = n < 0;
                if (!end) {
                    in.position(in.position() + n);
                }
                in.flip();
                if (decoder.decode(in, out, end).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
                if (end) {
                    return !decoder.flush(out).isError();
                }
            }
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * True for the start of a text file: a UTF-16 byte-order mark, or no NUL byte and few control
     * characters (tabs, line breaks and form feeds aside).
     */
    static boolean looksLikeText(byte[] head) {
        if (head.length >= 2
                && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return false;
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') {
                control++;
            }
        }
        return control * 20 < head.length;
    }
}
