package cn.jixiao.portal.evidence;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Production's scanner: ClamAV's daemon, asked over TCP with the INSTREAM command (the stored file read
 * back from object storage and sent in chunks, each with its 4-byte length, then a zero length). clamd
 * answers {@code stream: OK}, {@code stream: <signature> FOUND} or an error ({@code INSTREAM size limit
 * exceeded. ERROR}); no answer, an error, or a file longer than {@code stream-max-length} is FAILED, never
 * CLEAN.
 */
final class ClamdScanner implements EvidenceScanner {
    private static final Logger LOG = Logger.getLogger(ClamdScanner.class);
    private static final int CHUNK = 64 * 1024;

    private final EvidenceConfig.Clamd config;

    ClamdScanner(EvidenceConfig.Clamd config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "clamd";
    }

    @Override
    public Scan start() {
        return stored -> scan(stored);
    }

    Result scan(Supplier<InputStream> stored) {
        int timeout = (int) config.timeout().toMillis();
        try (Socket socket = new Socket();
                InputStream content = stored.get()) {
            socket.connect(new InetSocketAddress(config.host(), config.port()), timeout);
            socket.setSoTimeout(timeout);
            OutputStream raw = socket.getOutputStream();
            var out = new DataOutputStream(raw);
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[CHUNK];
            long sent = 0;
            long limit = config.streamMaxLength().asLongValue();
            int n;
            while (sent < limit && (n = content.readNBytes(chunk, 0, (int) Math.min(CHUNK, limit - sent))) > 0) {
                out.writeInt(n);
                out.write(chunk, 0, n);
                sent += n;
            }
            if (sent >= limit && content.read() != -1) {
                // what clamd would not see cannot be called clean: no partial scans
                return new Result(
                        Verdict.FAILED,
                        "clamd: 文件超过 StreamMaxLength "
                                + config.streamMaxLength().asLongValue()
                                + " 字节，未完整扫描 (larger than clamd's StreamMaxLength; not scanned whole)");
            }
            out.writeInt(0);
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("\0", "")
                    .strip();
            return interpret(reply);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("clamd at %s:%d could not scan: %s", config.host(), config.port(), e.getMessage());
            return new Result(Verdict.FAILED, "clamd: " + e.getMessage());
        }
    }

    /** clamd's reply to INSTREAM: "stream: OK", "stream: Eicar-Signature FOUND", "... ERROR". */
    static Result interpret(String reply) {
        if (reply.endsWith("FOUND")) {
            String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length())
                    .strip();
            return new Result(Verdict.INFECTED, signature);
        }
        if (reply.endsWith(": OK")) {
            return new Result(Verdict.CLEAN, "clamd: OK");
        }
        return new Result(Verdict.FAILED, "clamd: " + reply);
    }
}
