package cn.jixiao.tenantadmin.web;

import cn.jixiao.platform.web.DatabaseOutageResponses;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Hibernate's and the transaction manager's failures: a database that is away (PostgreSQL restarting)
 * is a 503 "try again", anything else a logged 500 (the platform's {@link DatabaseOutageResponses}).
 */
public class DatabaseFailures {

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        return DatabaseOutageResponses.answer(e);
    }

    @ServerExceptionMapper
    public Response transaction(TransactionalException e) {
        return DatabaseOutageResponses.answer(e);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e) {
        return DatabaseOutageResponses.answer(e);
    }
}
