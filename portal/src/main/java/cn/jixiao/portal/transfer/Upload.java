package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.TableFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to import, already on the server's disk (multipart uploads are streamed to disk by the
 * HTTP layer; kept previews live in {@link UploadStore}): its path, the name the user gave it,
 * the format the caller declared (checked against the content), and what it is for.
 */
public record Upload(Path file, String fileName, Optional<TableFormat> declared, TransferFilter filter) {}
