package cn.jixiao.portal.evidence;

import cn.jixiao.portal.web.Refusals;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Takes an evidence file from a request body straight to object storage: rights and state first (before a
 * byte is read), the declared size and the quota, the type from the first bytes, then the body streamed to
 * the bucket with its size limited and its SHA-256 and scan taken on the way (never held whole, never
 * written to a temporary file). A zip-based file's directory is checked once it is stored, the scanner
 * gives its verdict, and the row is saved. Whatever fails on the way (a refusal, a client that goes away,
 * the storage) leaves no object and no row. Outcomes are counted in {@code jixiao_evidence_uploads_total}.
 */
@ApplicationScoped
public class EvidenceIntake {
    private static final Logger LOG = Logger.getLogger(EvidenceIntake.class);

    /** After a refusal, at most this much of the rest of a body is read, so the client hears the answer. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Inject
    EvidenceService service;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    EvidenceScanner scanner;

    @Inject
    MeterRegistry metrics;

    /** A new file of the owner. */
    public EvidenceView upload(
            OwnerKind kind, long ownerId, String encodedName, Long declaredLength, InputStream body) {
        try {
            var target = service.newFile(kind, ownerId);
            return take(target, encodedName, declaredLength, body);
        } catch (WebApplicationException refused) {
            drain(body);
            throw refused;
        }
    }

    /** A new version of file {@code id}: the old one is kept. */
    public EvidenceView newVersion(long id, String encodedName, Long declaredLength, InputStream body) {
        try {
            var target = service.newVersion(id);
            return take(target, encodedName, declaredLength, body);
        } catch (WebApplicationException refused) {
            drain(body);
            throw refused;
        }
    }

    /** Deletes the file's versions and then their objects. */
    public void delete(long id) {
        List<String> keys = service.delete(id);
        keys.forEach(store::removeQuietly);
    }

    private EvidenceView take(
            EvidenceService.Target target, String encodedName, Long declaredLength, InputStream body) {
        long max = config.maxSize().asLongValue();
        long length = declaredLength == null ? -1 : declaredLength;
        if (length > max) {
            count("too_large");
            throw tooLarge(max);
        }
        if (length >= 0) {
            service.requireRoom(length);
        }
        String givenName = decodeName(encodedName);
        var in = new PushbackInputStream(body, FileType.HEAD_LENGTH);
        FileType sniffed;
        try {
            byte[] head = in.readNBytes(FileType.HEAD_LENGTH);
            if (head.length == 0) {
                throw Refusals.invalid("file", "文件是空的 (the file is empty)");
            }
            sniffed = FileType.sniff(head).orElse(null);
            if (sniffed == null) {
                count("refused");
                throw unsupported();
            }
            in.unread(head);
        } catch (IOException e) {
            count("cut");
            throw Refusals.invalid("file", "上传中断 (the upload was interrupted)");
        }
        String key =
                EvidenceStore.newKey("evidence/" + target.owner().kind().name().toLowerCase(java.util.Locale.ROOT) + "/"
                        + target.owner().id());
        EvidenceScanner.Scan scan = scanner.start();
        var incoming = new IncomingStream(in, max, scan);
        Exception failed = null;
        try {
            store.putStream(
                    key,
                    incoming,
                    length,
                    (int) config.partSize().asLongValue(),
                    config.partsInFlight(),
                    sniffed.contentType);
        } catch (Exception e) {
            failed = e;
        }
        if (failed != null) {
            Exception e = failed;
            store.removeQuietly(key);
            if (incoming.tooLarge()) {
                count("too_large");
                throw tooLarge(max);
            }
            if (incoming.broken() || (incoming.ended() && length >= 0 && incoming.count() != length)) {
                count("cut");
                LOG.infof("evidence upload cut after %d bytes; nothing kept", incoming.count());
                throw Refusals.invalid("file", "上传中断，文件未保存 (the upload was interrupted; nothing was kept)");
            }
            count("storage_failed");
            LOG.errorf(e, "could not store evidence file %s", key);
            throw Refusals.unavailable(
                    "storage_unavailable", "文件存储暂不可用，请稍后重试 (file storage is unavailable; try again later)");
        }
        try {
            long size = incoming.count();
            if (size == 0) {
                throw Refusals.invalid("file", "文件是空的 (the file is empty)");
            }
            FileType type = sniffed == FileType.ZIP
                    ? new ZipInspector(
                                    config.zipMaxEntries(),
                                    config.zipMaxUnpacked().asLongValue())
                            .inspect((offset, len) -> store.openRange(key, offset, len), size)
                    : sniffed;
            String name = FileNames.safe(givenName, type);
            FileType claimed = FileType.ofExtension(name).orElse(type);
            if (claimed != type) {
                throw Refusals.of(
                        415,
                        "unsupported_type",
                        "文件内容是 " + type.extension().toUpperCase(java.util.Locale.ROOT) + "，与文件名 “" + name
                                + "” 不符 (the content is " + type.extension() + ", not what the name says)");
            }
            EvidenceScanner.Result verdict = scan.verdict(() -> store.open(key));
            if (verdict.verdict() == EvidenceScanner.Verdict.INFECTED) {
                LOG.warnf("evidence upload refused by the %s scanner: %s", scanner.name(), verdict.note());
                throw Refusals.of(
                        422,
                        "infected",
                        "文件未通过病毒扫描（" + verdict.note() + "），已拒绝 (the file failed the virus scan: " + verdict.note()
                                + ")");
            }
            var view = service.save(target, new StoredFile(key, type, size, incoming.sha256Hex(), name), verdict);
            count("stored");
            return view;
        } catch (RuntimeException e) {
            store.removeQuietly(key);
            count("refused");
            throw e;
        }
    }

    private void count(String outcome) {
        metrics.counter("jixiao.evidence.uploads", "outcome", outcome).increment();
    }

    /**
     * Reads (and drops) what is left of a refused body, up to a bound, so a client that sends it all before
     * reading the answer (as most do) gets the answer instead of a broken connection.
     */
    private static void drain(InputStream body) {
        try {
            byte[] sink = new byte[64 * 1024];
            long read = 0;
            int n;
            while (read < DRAIN_LIMIT && (n = body.read(sink)) > 0) {
                read += n;
            }
        } catch (IOException | RuntimeException gone) {
            // the client went away: nobody waits for the answer
        }
    }

    private static String decodeName(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("X-File-Name", "文件名应以 UTF-8 百分号编码 (X-File-Name must be percent-encoded UTF-8)");
        }
    }

    private static RuntimeException tooLarge(long max) {
        long mb = Math.max(1, max / 1024 / 1024);
        return Refusals.of(413, "too_large", "文件太大，上限为 " + mb + " MB (the file is larger than " + mb + " MB)");
    }

    private static RuntimeException unsupported() {
        return Refusals.of(
                415,
                "unsupported_type",
                "不支持的文件类型，只接受 " + FileType.EVIDENCE_ALLOWED
                        + " (unsupported file type; accepted: PDF, JPEG, PNG, OFD, DOCX, XLSX, ZIP)");
    }
}
