package cn.jixiao.platform.web.input;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.platform.web.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * Refuses a path parameter or a form field (URL-encoded or a multipart text part) that holds a
 * control character, naming it, before the resource sees it: PostgreSQL cannot store NUL, and the
 * database's error would be a 500. The query string is checked earlier ({@link InputGuard}).
 */
public class RequestTextFilter {

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getPathParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                var refusal = refusal(parameter.getKey(), value);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        var form = current == null ? null : current.getFormData();
        if (form != null) {
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem()) {
                        var refusal = refusal(name, value.getValue());
                        if (refusal.isPresent()) {
                            return refusal;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> refusal(String field, String value) {
        var control = TextRules.forbiddenControl(value);
        if (control.isEmpty()) {
            return Optional.empty();
        }
        String message = TextRules.controlMessage(field, control.getAsInt());
        return Optional.of(ErrorResponses.json(
                new ApiError(400, "invalid", message, List.of(new ApiError.FieldError(field, message)))));
    }
}
