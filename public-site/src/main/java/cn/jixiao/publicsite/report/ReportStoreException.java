package cn.jixiao.publicsite.report;

import java.sql.SQLException;

/** The database could not be read; a server fault, logged and answered with 500 by Quarkus. */
public class ReportStoreException extends RuntimeException {
    public ReportStoreException(SQLException cause) {
        super("reading reports failed: " + cause.getMessage(), cause);
    }
}
