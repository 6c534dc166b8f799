package cn.jixiao.portal.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two people saving the same record at once: the second commit is refused, never silently applied. */
public class ConflictResponses {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return Refusals.staleVersionResponse(null);
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e) {
        return Refusals.staleVersionResponse(null);
    }
}
