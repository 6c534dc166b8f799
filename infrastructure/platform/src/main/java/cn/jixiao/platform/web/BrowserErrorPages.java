package cn.jixiao.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A browser that gets a 4xx answer whose body is our JSON error (or nothing) sees it as a page in the
 * app's layout instead; scripts and /api/ callers keep the JSON. Answers that are pages already
 * (a form shown again with its errors, a report's own "not found") are left as they are.
 */
public class BrowserErrorPages {
    @Inject
    ErrorPages pages;

    @ServerResponseFilter
    public void showErrorsAsPages(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!ErrorPages.wantsPage(status, request.getHeaderString(HttpHeaders.ACCEPT), path)) {
            return;
        }
        ApiError error;
        if (response.getEntity() instanceof ApiError apiError) {
            error = apiError;
        } else if (!response.hasEntity()) {
            error = ApiError.of(
                    status, "request_failed", StatusMessages.of(status).message());
        } else {
            return;
        }
        response.setEntity(pages.render(error), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
