package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.AcceptanceDue;
import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.NextStep;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A device with its names, lifecycle dates, acceptance, what may come next and when acceptance is due. */
public record DeviceView(
        long id,
        String code,
        long typeId,
        String typeName,
        String model,
        String serialNo,
        String vendor,
        BigDecimal price,
        String unit,
        long departmentId,
        String departmentName,
        Long contractId,
        String contractTitle,
        Long pointId,
        String pointName,
        DeviceStatus status,
        String statusLabel,
        LocalDate orderedOn,
        LocalDate deliveredOn,
        LocalDate installedOn,
        LocalDate trialStartedOn,
        LocalDate acceptedOn,
        LocalDate inServiceOn,
        LocalDate retiredOn,
        AcceptanceOutcome acceptanceResult,
        String acceptanceResultLabel,
        String acceptanceNote,
        LocalDate networkSignedOffOn,
        String networkSignedOffBy,
        LocalDate paidOn,
        int version,
        List<NextStep> nextSteps,
        AcceptanceDue acceptanceDue) {

    /** The names beside the ids, looked up by the caller. */
    public record Names(String type, String department, String contract, String point) {}

    public static DeviceView of(Device d, Names names, List<NextStep> next, AcceptanceDue due) {
        return new DeviceView(
                d.id,
                d.code,
                d.typeId,
                names.type(),
                d.model,
                d.serialNo,
                d.vendor,
                Money.plain(d.price),
                Money.UNIT,
                d.departmentId,
                names.department(),
                d.contractId,
                names.contract(),
                d.pointId,
                names.point(),
                d.status,
                d.status.label,
                d.orderedOn,
                d.deliveredOn,
                d.installedOn,
                d.trialStartedOn,
                d.acceptedOn,
                d.inServiceOn,
                d.retiredOn,
                d.acceptanceResult,
                d.acceptanceResult == null ? null : d.acceptanceResult.label,
                d.acceptanceNote,
                d.networkSignedOffOn,
                d.networkSignedOffBy,
                d.paidOn,
                d.version,
                next,
                due);
    }
}
