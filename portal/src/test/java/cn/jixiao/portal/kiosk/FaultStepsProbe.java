package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.kiosk.service.DeviceSteps;
import cn.jixiao.portal.kiosk.service.DeviceViews;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;

/**
 * Test-only routes that call {@link DeviceSteps}' fault hooks the way the fault routes do (find the
 * device, check the reporter, then mark or restore in one transaction), so the hooks are tested
 * through a real request before the fault routes exist.
 */
@Path("/test-only/kiosk-faults/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultStepsProbe {
    @Inject
    KioskAccess access;

    @Inject
    DeviceSteps steps;

    @Inject
    DeviceViews views;

    @POST
    @Path("/open")
    @Transactional
    public DeviceView open(@PathParam("id") long id, Map<String, String> body) {
        Device device = access.readableDevice(id);
        access.requireFaultReporter(device);
        steps.markFaulty(device, LocalDate.parse(body.get("on")), body.get("note"));
        return views.of(device);
    }

    @POST
    @Path("/close")
    @Transactional
    public DeviceView close(@PathParam("id") long id, Map<String, String> body) {
        Device device = access.readableDevice(id);
        access.requireFaultReporter(device);
        steps.restoreAfterRepair(device, LocalDate.parse(body.get("on")));
        return views.of(device);
    }
}
