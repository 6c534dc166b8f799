package cn.jixiao.portal.transfer;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.evidence.FileNames;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TabularConfig;
import cn.jixiao.portal.tabular.UnreadableFileException;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The steps around an import that the API and the page share: refuse early what cannot be
 * imported, keep a previewed file under a token (in the database and the bucket, so any portal
 * instance may take the confirmation), and commit it when the user confirms.
 */
@ApplicationScoped
public class ImportFlow {
    @Inject
    TransferService transfers;

    @Inject
    UploadStore store;

    @Inject
    TransferRights rights;

    @Inject
    TabularConfig config;

    /** Checks (and with {@code commit} saves) an uploaded file; a clean preview is kept for confirmation. */
    public ImportReport upload(
            TransferSheet sheet, FileUpload file, Optional<TableFormat> declared, TransferFilter filter, boolean commit)
            throws IOException, SQLException {
        if (file == null || file.uploadedFile() == null) {
            throw Refusals.invalid("file", "请选择要上传的文件 (no file uploaded)");
        }
        transfers.requireImport(sheet);
        if (file.size() > config.maxUploadSize().asLongValue()) {
            throw new UnreadableFileException(
                    413,
                    "文件太大，上限为 " + config.maxUploadSize().asLongValue() / 1024 / 1024 + " MB (the file is too large)");
        }
        String name = FileNames.clean(file.fileName(), "upload");
        if (commit) {
            return transfers.importFile(sheet, new Upload(file.uploadedFile(), name, declared, filter), true, null);
        }
        String token = UploadStore.newToken();
        ImportReport report =
                transfers.importFile(sheet, new Upload(file.uploadedFile(), name, declared, filter), false, token);
        if (report.confirmable()) { // a file with errors, or not a sheet at all, has nothing to confirm
            store.keep(token, file.uploadedFile(), tenant(), rights.username(), sheet.slug(), name, filter);
        }
        return report;
    }

    /** Commits a kept preview (of {@code sheet}, or of any sheet when null) for the user who made it. */
    public ImportReport confirm(TransferSheet sheet, String token) throws IOException, SQLException {
        var found = store.find(token, tenant(), rights.username());
        if (found.isPresent() && sheet != null && !found.get().sheet().equals(sheet.slug())) {
            UploadStore.deleteCopy(found.get()); // another sheet's preview: not this one to confirm
            found = Optional.empty();
        }
        var kept = found.orElseThrow(() -> new NotFoundException(
                "预览已过期或不存在，请重新上传文件 (the preview expired or does not exist; upload the file again)"));
        try {
            ImportReport report = transfers.importFile(
                    transfers.sheet(kept.sheet()),
                    new Upload(kept.file(), kept.fileName(), Optional.empty(), kept.filter()),
                    true,
                    token);
            if (report.committed()) {
                store.discard(token);
            }
            return report;
        } finally {
            UploadStore.deleteCopy(kept);
        }
    }

    private static String tenant() {
        return Tenancy.current().orElseThrow(() -> new IllegalStateException("an import runs inside a tenant"));
    }
}
