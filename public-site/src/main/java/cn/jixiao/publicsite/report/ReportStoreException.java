package cn.jixiao.publicsite.report;

import java.sql.SQLException;

/** The database could not be read: 503 when it is away for a moment, else a logged 500 (web.DatabaseFailures). */
public class ReportStoreException extends RuntimeException {
    public ReportStoreException(SQLException cause) {
        super("reading reports failed: " + cause.getMessage(), cause);
    }
}
