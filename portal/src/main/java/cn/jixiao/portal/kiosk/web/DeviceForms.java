package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceHistory;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.DocumentKind;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.NextStep;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.service.FaultService;
import cn.jixiao.portal.kiosk.service.KioskNames;
import cn.jixiao.portal.kiosk.service.KioskOptions;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Money;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The forms of the device pages: which the user may use, and their choices. */
@ApplicationScoped
public class DeviceForms {
    @Inject
    KioskAccess access;

    @Inject
    KioskNames names;

    @Inject
    KioskOptions options;

    @Inject
    Today today;

    /** The device page's forms; the device is readable (the page has checked). */
    @Transactional
    public DeviceActions actions(long id) {
        Device d = access.readableDevice(id);
        boolean edit = access.canEditDevice(d);
        List<NextStep> next = DeviceHistory.next(DeviceHistory.steps(d, DeviceHistory.events(d.id)), today.get());
        List<Option> steps = !edit
                ? List.of()
                : next.stream()
                        .filter(s -> "steps".equals(s.via()))
                        .map(s -> new Option(s.status().name(), s.statusLabel(), false))
                        .toList();
        boolean acceptance = edit && next.stream().anyMatch(s -> "acceptance".equals(s.via()));
        boolean signOff = access.canSignOffNetwork() && d.networkSignedOffOn == null && d.installedOn != null;
        boolean faults = access.canReportFault(d);
        List<Option> kinds = edit
                ? kinds(DocumentKind.values())
                : access.canSignOffNetwork() ? kinds(DocumentKind.NETWORK_SIGN_OFF) : List.of();
        return new DeviceActions(
                edit,
                steps,
                acceptance,
                signOff,
                faults && FaultService.MAY_FAIL.contains(d.status),
                faults,
                kinds,
                edit ? points(d.pointId) : List.of(),
                edit ? contracts(d.departmentId, d.contractId) : List.of(),
                Money.input(d.price),
                today.get(),
                d.version);
    }

    /** The 登记设备 form of the list, or a refusal when the user may register no device. */
    @Transactional
    public DeviceRegistration registration() {
        if (!access.canRegisterDevices()) {
            return DeviceRegistration.refused();
        }
        boolean admin = access.access().isRegionAdmin();
        List<Option> types = DeviceType.<DeviceType>listAll(Sort.by("name")).stream()
                .map(t -> new Option(String.valueOf(t.id), t.name, false))
                .toList();
        if (admin) {
            return new DeviceRegistration(
                    true,
                    null,
                    null,
                    options.departments(null),
                    types,
                    points(null),
                    contracts(null, null),
                    today.get());
        }
        long buyer = access.access().ownDepartmentId().orElseThrow();
        return new DeviceRegistration(
                true,
                buyer,
                names.department(buyer).orElse(""),
                List.of(),
                types,
                points(null),
                contracts(buyer, null),
                today.get());
    }

    private static List<Option> kinds(DocumentKind... kinds) {
        return Arrays.stream(kinds)
                .map(k -> new Option(k.name(), k.label, false))
                .toList();
    }

    private static List<Option> points(Long selected) {
        return ServicePoint.<ServicePoint>listAll(Sort.by("code")).stream()
                .map(p -> new Option(String.valueOf(p.id), p.code + " " + p.name, p.id.equals(selected)))
                .toList();
    }

    /** A department's contracts, or (department null) every contract of the region named with its department. */
    private List<Option> contracts(Long department, Long selected) {
        List<Contract> contracts = department == null
                ? Contract.listAll(Sort.by("title"))
                : Contract.list("departmentId", Sort.by("title"), department);
        Map<Long, String> departments = department == null ? names.departments() : Map.of();
        return contracts.stream()
                .map(c -> new Option(
                        String.valueOf(c.id),
                        (department == null ? departments.get(c.departmentId) + " · " : "")
                                + c.title
                                + (c.contractNo == null ? "" : "（" + c.contractNo + "）"),
                        Objects.equals(c.id, selected)))
                .toList();
    }
}
