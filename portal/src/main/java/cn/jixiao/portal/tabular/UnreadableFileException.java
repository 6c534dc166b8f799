package cn.jixiao.portal.tabular;

/**
 * The upload is not something we can read as a sheet at all (too big, not CSV or XLSX, a broken
 * workbook). {@code status} is the HTTP status to answer with: 413, 415 or 400.
 */
public class UnreadableFileException extends RuntimeException {
    private final int status;

    public UnreadableFileException(int status, String message) {
        super(message);
        this.status = status;
    }

    public UnreadableFileException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
