package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of an uploaded file to a visitor, one at a time, so a big file is never held whole. */
public interface TableReader {

    /** Reads rows until the end or until the visitor returns false. */
    void read(Path file, RowVisitor visitor) throws IOException;

    @FunctionalInterface
    interface RowVisitor {
        boolean visit(RawRow row);
    }
}
