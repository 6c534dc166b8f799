package cn.jixiao.publicsite.web;

import cn.jixiao.platform.web.DatabaseOutageResponses;
import cn.jixiao.publicsite.report.ReportStoreException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Reading a report while PostgreSQL is away is a 503 "try again" (search keeps answering from the
 * index); any other failure to read stays a logged 500 (the platform's {@link DatabaseOutageResponses}).
 */
public class DatabaseFailures {

    @ServerExceptionMapper
    public Response reportStore(ReportStoreException e) {
        return DatabaseOutageResponses.answer(e);
    }
}
