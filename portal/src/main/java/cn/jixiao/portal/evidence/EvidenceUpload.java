package cn.jixiao.portal.evidence;

import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Takes an uploaded evidence file, whatever record it proves: checks it (present, not empty, not too
 * big, an accepted type by its content), streams it to object storage with its SHA-256, and saves the
 * caller's row. Nothing is kept when a step fails: the object is removed again if the row cannot be
 * saved. The caller checks the user's rights before, so a refused user learns nothing about the file.
 */
@ApplicationScoped
public class EvidenceUpload {
    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    /** Stores the file under the region's {@code folder} and saves its row with {@code saveRow}. */
    public <T> T store(String folder, FileUpload upload, Function<StoredFile, T> saveRow) {
        FileType type = check(upload);
        String key = EvidenceStore.newKey(folder);
        String sha256 = store.put(key, upload.uploadedFile(), upload.size(), type.contentType);
        try {
            return saveRow.apply(
                    new StoredFile(key, type, upload.size(), sha256, FileNames.safe(upload.fileName(), type)));
        } catch (RuntimeException e) {
            store.removeQuietly(key);
            throw e;
        }
    }

    /** {@code length} bytes of a file from {@code offset}. */
    private static java.io.InputStream slice(java.nio.file.Path file, long offset, long length) {
        try {
            var in = java.nio.file.Files.newInputStream(file);
            in.skipNBytes(offset);
            return new java.io.BufferedInputStream(new java.io.FilterInputStream(in) {
                private long left = length;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    left--;
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's type, or a 4xx saying what is wrong with it. */
    FileType check(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            throw Refusals.invalid("file", "请选择要上传的文件 (no file uploaded)");
        }
        if (upload.size() == 0) {
            throw Refusals.invalid("file", "文件是空的 (the file is empty)");
        }
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            long mb = Math.max(1, max / 1024 / 1024);
            throw Refusals.of(413, "too_large", "文件太大，上限为 " + mb + " MB (the file is larger than " + mb + " MB)");
        }
        try {
            FileType type = FileType.of(upload.uploadedFile())
                    .orElseThrow(() -> Refusals.of(
                            415,
                            "unsupported_type",
                            "不支持的文件类型，只接受 " + FileType.ALLOWED
                                    + " (unsupported file type; accepted: PDF, JPEG, PNG, OFD, DOCX, XLSX)"));
            if (type == FileType.OFD || type == FileType.DOCX || type == FileType.XLSX) {
                // the same entry and unpacked-size limits as streamed evidence (a zip bomb is refused)
                new ZipInspector(config.zipMaxEntries(), config.zipMaxUnpacked().asLongValue())
                        .inspect((offset, length) -> slice(upload.uploadedFile(), offset, length), upload.size());
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
