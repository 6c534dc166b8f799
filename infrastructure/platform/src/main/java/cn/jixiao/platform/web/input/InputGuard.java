package cn.jixiao.platform.web.input;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.platform.web.ErrorAnswers;
import cn.jixiao.platform.web.StatusMessages;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The checks made on every request before any app code runs: the query string and a URL-encoded
 * form body must be well encoded and hold no control characters (the frameworks answer a malformed
 * form with a 500, and PostgreSQL cannot store NUL). Path parameters and multipart text fields are
 * checked by {@link RequestTextFilter}, which knows their names. (A URL whose path or query is not
 * even a valid URI, such as {@code ?q=%zz}, is refused by Quarkus itself with a bare 400 before
 * any of this runs.)
 */
@ApplicationScoped
public class InputGuard {
    /** After authentication and authorization (-200, -100) and the body size limit (-2); before the apps. */
    static final int ROUTE_ORDER = -1;

    private static final String FORM = "jixiao.form-to-check";

    @Inject
    ErrorAnswers answers;

    @Inject
    InputConfig config;

    void install(@Observes Router router) {
        // Vert.x reads and decodes the form; the apps then use what it decoded
        BodyHandler forms = BodyHandler.create(false)
                .setBodyLimit(config.maxFormSize().asLongValue())
                .setMergeFormAttributes(false);
        router.route()
                .order(ROUTE_ORDER)
                .handler(context -> {
                    if (acceptable(context, context.request().query())) {
                        context.next();
                    }
                })
                .handler(context -> {
                    if (hasUrlEncodedForm(context)) {
                        context.put(FORM, Boolean.TRUE);
                        readOnEventLoop(context, forms);
                    } else {
                        context.next();
                    }
                })
                .handler(context -> {
                    if (context.get(FORM) == null || acceptable(context, formBody(context))) {
                        context.next();
                    }
                })
                .failureHandler(this::refuseUnreadableBody);
    }

    /**
     * Reads the body on the connection's event loop, as Quarkus's own body handler does. After an
     * authentication step that ran on a worker thread (the ended-session check), resuming the request
     * from that thread let the event loop deliver the body before the handler that reads it was in
     * place: "Request has already been read", a 500.
     */
    private static void readOnEventLoop(RoutingContext context, BodyHandler forms) {
        Runnable read = () -> {
            if (context.request().isEnded()) {
                context.next();
                return;
            }
            context.request().resume();
            forms.handle(context);
        };
        if (Context.isOnEventLoopThread()) {
            read.run();
            return;
        }
        ((ConnectionBase) context.request().connection()).channel().eventLoop().execute(() -> {
            try {
                read.run();
            } catch (RuntimeException e) {
                context.fail(e);
            }
        });
    }

    /** True when every name=value pair decodes and holds no control character; else answers 400. */
    private boolean acceptable(RoutingContext context, String encoded) {
        List<UrlEncoding.Parameter> parameters;
        try {
            parameters = UrlEncoding.queryParameters(encoded);
        } catch (UrlEncoding.MalformedException e) {
            answers.send(context, invalid(e.rawName(), malformedMessage(e.rawName())));
            return false;
        }
        for (var parameter : parameters) {
            var control = TextRules.forbiddenControl(parameter.name() + parameter.value());
            if (control.isPresent()) {
                answers.send(
                        context,
                        invalid(parameter.name(), TextRules.controlMessage(parameter.name(), control.getAsInt())));
                return false;
            }
        }
        return true;
    }

    private static String formBody(RoutingContext context) {
        var body = context.body();
        return body == null || body.buffer() == null ? "" : body.asString("UTF-8");
    }

    private void refuseUnreadableBody(RoutingContext context) {
        int status = context.statusCode();
        if (status == 413) {
            answers.send(
                    context,
                    ApiError.of(413, "too_large", StatusMessages.of(413).message()));
        } else if (status == 400) {
            answers.send(
                    context,
                    ApiError.of(
                            400,
                            "malformed_form",
                            "表单数据中有无效的百分号编码（% 后须为两位十六进制数字）(the form data has a malformed percent-encoding)"));
        } else {
            context.next();
        }
    }

    /** A URL-encoded form body with something in it (an empty one has nothing to check). */
    private static boolean hasUrlEncodedForm(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return false;
        }
        if ("0".equals(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            return false;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String malformedMessage(String field) {
        return "「" + field + "」中有无效的百分号编码（% 后须为两位十六进制数字）(" + field + " has a malformed percent-encoding)";
    }

    static ApiError invalid(String field, String message) {
        return new ApiError(400, "invalid", message, List.of(new ApiError.FieldError(field, message)));
    }
}
