package cn.jixiao.platform.web.input;

import cn.jixiao.platform.web.ErrorResponses;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON that parsed but did not fit (a value of the wrong type, a text with a control character, a
 * date PostgreSQL cannot store): a 400 naming the field. Replaces Quarkus's own answer, which is
 * empty in production and shows parser internals in development. Broken JSON and repeated keys
 * reach {@link ErrorResponses#webApplication} wrapped by the JSON reader, and are told the same way.
 */
public class JsonInputErrors {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        return ErrorResponses.json(JsonProblems.describe(e));
    }
}
