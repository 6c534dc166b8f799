package cn.jixiao.portal.transfer.web;

import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferService;
import cn.jixiao.portal.transfer.TransferSheet;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * An export is written to a temporary file inside the request's transaction (rows stream from the
 * database into it), then sent and deleted: memory stays small however big the sheet is.
 */
final class Exports {
    record File(StreamingOutput body, long length) {}

    private Exports() {}

    static File write(TransferService transfers, TransferSheet sheet, TableFormat format, TransferFilter filter)
            throws IOException, SQLException {
        Path file = Files.createTempFile("jixiao-export-", "." + format.extension);
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                transfers.export(sheet, format, filter, out);
            }
            long length = Files.size(file);
            return new File(
                    out -> {
                        try {
                            Files.copy(file, out);
                        } finally {
                            Files.deleteIfExists(file);
                        }
                    },
                    length);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
