package cn.jixiao.portal.transfer.web;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.tabular.UnreadableFileException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A file that cannot be read as a sheet: 400, 413 or 415 with a message saying what to do. */
public class TransferErrors {
    @ServerExceptionMapper
    public Response unreadable(UnreadableFileException e) {
        String error = switch (e.status()) {
            case 413 -> "too_large";
            case 415 -> "unsupported_file";
            default -> "unreadable_file";
        };
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(e.status(), error, e.getMessage()))
                .build();
    }
}
