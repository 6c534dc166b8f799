package cn.jixiao.portal.evaluation.review;

import cn.jixiao.portal.web.Refusals;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Review of an evaluation (submit, return, approve), its evaluation group and the sign-off opinions. */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewApi {
    private static final TypeReference<List<EvaluatorInput>> GROUP = new TypeReference<>() {};

    @Inject
    ReviewService review;

    @Inject
    ObjectMapper json;

    @GET
    @Path("{id}/review")
    @Operation(summary = "评价的审核状态 (status, dated steps, evaluators and opinions of an evaluation)")
    public ReviewView get(@PathParam("id") long id) {
        return review.view(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "提交审核 (submit; 400 while incomplete, 409 with the open blocking findings or when stale)")
    public ReviewView submit(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewStepInput input) {
        return review.submit(id, input);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "退回修改 (finance reviewer; a comment is required)")
    public ReviewView returnForChanges(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewStepInput input) {
        return review.returnForChanges(id, input);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "审核通过 (finance reviewer; only a submitted evaluation)")
    public ReviewView approve(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewStepInput input) {
        return review.approve(id, input);
    }

    @PUT
    @Path("{id}/evaluators")
    @Operation(
            summary =
                    "评价人员 (replace the evaluation group: {evaluators: [{name, title, unit, leader}], version}; the version read is required)")
    public ReviewView evaluators(@PathParam("id") long id, JsonNode body) {
        if (body == null || body.isNull()) {
            throw Refusals.invalid("evaluators", Refusals.BODY_REQUIRED);
        }
        JsonNode list = body.isArray() ? body : body.get("evaluators");
        Integer version = body.isObject()
                        && body.hasNonNull("version")
                        && body.get("version").canConvertToInt()
                ? body.get("version").asInt()
                : null;
        if (body.isObject() && body.hasNonNull("version") && version == null) {
            throw Refusals.invalid("version", "版本号应为整数 (version must be a whole number)");
        }
        List<EvaluatorInput> group;
        if (list == null || list.isNull()) {
            group = body.isObject() ? List.of() : null;
        } else if (!list.isArray()) {
            throw Refusals.invalid("evaluators", "评价人员应为列表 (evaluators must be a list)");
        } else {
            for (JsonNode member : list) {
                // a form's select sends "true"/"" as text
                if (member instanceof com.fasterxml.jackson.databind.node.ObjectNode o
                        && o.has("leader")
                        && o.get("leader").isTextual()) {
                    o.put("leader", "true".equalsIgnoreCase(o.get("leader").asText()));
                }
            }
            try {
                group = json.convertValue(list, GROUP);
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(
                        "evaluators",
                        "评价人员格式有误：每人应有 name、title、unit、leader (each evaluator has name, title, unit, leader)");
            }
        }
        return review.replaceEvaluators(id, group, version);
    }

    @PUT
    @Path("{id}/opinions/{role}")
    @Operation(summary = "签署意见 (PROJECT_UNIT, COMPETENT_DEPARTMENT by the department; FINANCE by a finance reviewer)")
    public ReviewView sign(
            @PathParam("id") long id,
            @PathParam("role") String role,
            @NotNull(message = Refusals.BODY_REQUIRED) OpinionInput input) {
        return review.sign(id, role, input);
    }
}
