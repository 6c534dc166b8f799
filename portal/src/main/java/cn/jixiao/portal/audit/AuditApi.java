package cn.jixiao.portal.audit;

import cn.jixiao.portal.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {
    @Inject
    AuditHistory history;

    @GET
    @Operation(summary = "一条记录的修改历史：谁、何时、改前与改后，最新在前 (a record's history: who, when, before and after; newest first)")
    public List<AuditRecord> history(
            @QueryParam("entity") @NotBlank(message = "请提供 entity，如 DepartmentBudget (entity is required)")
                    String entity,
            @QueryParam("entityId") @NotNull(message = "请提供 entityId (entityId is required)") Long entityId,
            @BeanParam @Valid Paging paging) {
        return history.of(entity, entityId, paging.page(), paging.size(50));
    }
}
