package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two people editing the same record: the second save is refused, never silently applied. */
public class ConflictResponses {
    static final String MESSAGE = "数据已被他人修改，请刷新后重试 (someone else changed this record; reload and try again)";

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return conflict();
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e) {
        return conflict();
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatchException e) {
        return conflict();
    }

    private static Response conflict() {
        return Response.status(409)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(409, "conflict", MESSAGE))
                .build();
    }
}
