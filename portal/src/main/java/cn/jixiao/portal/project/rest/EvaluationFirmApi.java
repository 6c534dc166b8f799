package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.people.EvaluationFirm;
import cn.jixiao.portal.project.service.FirmAssignmentService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/evaluation-firms")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationFirmApi {
    @Inject
    FirmAssignmentService firms;

    @GET
    @Operation(summary = "第三方评价机构 (the evaluation firms a finance reviewer may assign)")
    public List<EvaluationFirm> all() {
        return firms.firms();
    }
}
