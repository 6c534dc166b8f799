package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractApi {
    static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    ContractService contracts;

    @GET
    @Operation(summary = "可查看的合同 (contracts you may read, with flags; filter by departmentId, projectId)")
    public Paged<ContractSummary> list(
            @QueryParam("departmentId") String departmentId,
            @QueryParam("projectId") String projectId,
            @BeanParam @Valid Paging paging) {
        return contracts.page(
                QueryParams.id("departmentId", departmentId),
                QueryParams.id("projectId", projectId),
                paging.page(),
                paging.size(50));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一份合同 (one contract with payments, acceptance and flags)")
    public ContractView get(@PathParam("id") long id) {
        return contracts.view(id);
    }

    @POST
    @Operation(summary = "登记合同 (create a contract; department editors, own department only)")
    public RestResponse<ContractView> create(@Valid @NotNull(message = BODY_REQUIRED) ContractInput input) {
        return RestResponse.status(Response.Status.CREATED, contracts.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改合同 (replace a contract; carries the version read, 409 when stale)")
    public ContractView update(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) ContractInput input) {
        return contracts.update(id, input);
    }

    @POST
    @Path("/{id}/payments")
    @Operation(summary = "登记付款 (add a payment; returns the contract with its new flags)")
    public RestResponse<ContractView> pay(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) PaymentInput input) {
        return RestResponse.status(Response.Status.CREATED, contracts.addPayment(id, input));
    }

    @PUT
    @Path("/{id}/acceptance")
    @Operation(summary = "登记验收 (record acceptance: result, date, terms; carries the version read)")
    public ContractView accept(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) AcceptanceInput input) {
        return contracts.accept(id, input);
    }
}
