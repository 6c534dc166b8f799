package cn.jixiao.portal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.contract.ContractFlags.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractFlagsTest {
    private static final BigDecimal SIXTY = new BigDecimal("60");
    private static final LocalDate SIGNED = LocalDate.of(2022, 5, 10);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aCleanContractHasNoFlags() {
        var facts = new Facts(
                d("358.392"),
                SIGNED,
                SIGNED.plusDays(5),
                ProcurementMethod.OPEN_TENDER,
                d("100"),
                AcceptanceResult.PASSED);
        assertEquals(List.of(), ContractFlags.of(facts, SIXTY));
    }

    @Test
    void noSigningDateAndWorkAlreadyStartedAreBothFlagged() {
        var facts = new Facts(d("10"), null, LocalDate.of(2022, 9, 1), ProcurementMethod.INQUIRY, null, null);
        assertEquals(
                List.of(ContractFlag.NO_SIGNING_DATE, ContractFlag.WORK_BEFORE_SIGNING),
                ContractFlags.of(facts, SIXTY));
    }

    @Test
    void workStartedBeforeTheSigningDateIsFlaggedButNotOnTheSameDay() {
        var early = new Facts(d("10"), SIGNED, SIGNED.minusDays(1), ProcurementMethod.INQUIRY, null, null);
        var sameDay = new Facts(d("10"), SIGNED, SIGNED, ProcurementMethod.INQUIRY, null, null);
        assertEquals(List.of(ContractFlag.WORK_BEFORE_SIGNING), ContractFlags.of(early, SIXTY));
        assertEquals(List.of(), ContractFlags.of(sameDay, SIXTY));
    }

    @Test
    void atOrAboveTheThresholdWithoutGovernmentProcurementIsFlagged() {
        // "60万元以上" includes 60 itself
        for (var method : List.of(ProcurementMethod.DECENTRALIZED, ProcurementMethod.OTHER)) {
            assertEquals(
                    List.of(ContractFlag.OVER_THRESHOLD_WITHOUT_PROCUREMENT),
                    ContractFlags.of(new Facts(d("60"), SIGNED, null, method, null, null), SIXTY));
            assertEquals(
                    List.of(), ContractFlags.of(new Facts(d("59.999999"), SIGNED, null, method, null, null), SIXTY));
        }
        assertEquals(
                List.of(),
                ContractFlags.of(
                        new Facts(d("94.55"), SIGNED, null, ProcurementMethod.SINGLE_SOURCE, null, null), SIXTY));
        // another region's threshold decides
        assertEquals(
                List.of(),
                ContractFlags.of(
                        new Facts(d("94.55"), SIGNED, null, ProcurementMethod.DECENTRALIZED, null, null), d("100")));
    }

    @Test
    void payingMoreThanTheAmountIsFlagged() {
        var facts =
                new Facts(d("10"), SIGNED, null, ProcurementMethod.INQUIRY, d("10.000001"), AcceptanceResult.PASSED);
        assertEquals(List.of(ContractFlag.OVERPAID), ContractFlags.of(facts, SIXTY));
        var exact = new Facts(d("10"), SIGNED, null, ProcurementMethod.INQUIRY, d("10"), AcceptanceResult.PASSED);
        assertEquals(List.of(), ContractFlags.of(exact, SIXTY));
    }

    @Test
    void paidButNotAcceptedIsFlaggedUntilAcceptancePasses() {
        for (var result : new AcceptanceResult[] {null, AcceptanceResult.PENDING, AcceptanceResult.FAILED}) {
            var facts = new Facts(d("10"), SIGNED, null, ProcurementMethod.INQUIRY, d("3"), result);
            assertEquals(List.of(ContractFlag.PAID_NOT_ACCEPTED), ContractFlags.of(facts, SIXTY), "result " + result);
        }
        var unpaid = new Facts(d("10"), SIGNED, null, ProcurementMethod.INQUIRY, BigDecimal.ZERO, null);
        assertEquals(List.of(), ContractFlags.of(unpaid, SIXTY));
    }

    @Test
    void anUnknownAmountIsFlaggedAndCannotBeOverTheThreshold() {
        var facts = new Facts(null, SIGNED, null, ProcurementMethod.OTHER, null, null);
        assertEquals(List.of(ContractFlag.NO_AMOUNT), ContractFlags.of(facts, SIXTY));
    }
}
