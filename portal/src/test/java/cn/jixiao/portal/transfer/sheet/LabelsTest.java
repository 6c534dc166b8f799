package cn.jixiao.portal.transfer.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.contract.ProcurementMethod;
import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.tabular.Choice;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The spreadsheet labels and the domain enums name the same codes, so an import never drifts. */
class LabelsTest {

    @Test
    void procurementMethodsInSheetsAreTheContractsOwn() {
        assertEquals(names(ProcurementMethod.values()), codes(Labels.PROCUREMENT_METHODS));
        for (ProcurementMethod method : ProcurementMethod.values()) {
            assertEquals(method.label, label(Labels.PROCUREMENT_METHODS, method.name()));
        }
    }

    @Test
    void fundingLevelsInSheetsAreTheProjectsOwn() {
        assertEquals(names(FundingLevel.values()), codes(Labels.FUNDING_LEVELS));
    }

    @Test
    void kioskStatusesInSheetsAreTheEnumsOwnLabels() {
        assertEquals(names(PointStatus.values()), codes(Labels.POINT_STATUSES));
        for (PointStatus status : PointStatus.values()) {
            assertEquals(status.label, label(Labels.POINT_STATUSES, status.name()));
        }
        assertEquals(names(DeviceStatus.values()), codes(Labels.DEVICE_STATUSES));
        for (DeviceStatus status : DeviceStatus.values()) {
            assertEquals(status.label, label(Labels.DEVICE_STATUSES, status.name()));
        }
        assertEquals(names(AcceptanceOutcome.values()), codes(Labels.DEVICE_ACCEPTANCE));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> codes(List<Choice> choices) {
        return choices.stream().map(Choice::code).collect(Collectors.toSet());
    }

    private static String label(List<Choice> choices, String code) {
        return choices.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .label();
    }
}
