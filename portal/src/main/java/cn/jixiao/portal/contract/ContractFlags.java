package cn.jixiao.portal.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a contract's flags. The procurement threshold is the region's 采购限额标准 in 万元; an
 * amount "以上" the threshold includes the threshold itself, as in Chinese legal usage.
 */
public final class ContractFlags {
    private ContractFlags() {}

    /** The facts the flags depend on; amounts in 万元. */
    public record Facts(
            BigDecimal amount,
            LocalDate signedOn,
            LocalDate workStartedOn,
            ProcurementMethod method,
            BigDecimal paidTotal,
            AcceptanceResult acceptance) {}

    public static List<ContractFlag> of(Facts facts, BigDecimal threshold) {
        var flags = new ArrayList<ContractFlag>();
        if (facts.signedOn() == null) {
            flags.add(ContractFlag.NO_SIGNING_DATE);
        }
        if (facts.workStartedOn() != null
                && (facts.signedOn() == null || facts.workStartedOn().isBefore(facts.signedOn()))) {
            flags.add(ContractFlag.WORK_BEFORE_SIGNING);
        }
        BigDecimal paid = facts.paidTotal() == null ? BigDecimal.ZERO : facts.paidTotal();
        if (facts.amount() == null) {
            flags.add(ContractFlag.NO_AMOUNT);
        } else {
            if (threshold != null
                    && facts.amount().compareTo(threshold) >= 0
                    && facts.method() != null
                    && !facts.method().governmentProcurement()) {
                flags.add(ContractFlag.OVER_THRESHOLD_WITHOUT_PROCUREMENT);
            }
            if (paid.compareTo(facts.amount()) > 0) {
                flags.add(ContractFlag.OVERPAID);
            }
        }
        if (paid.signum() > 0 && facts.acceptance() != AcceptanceResult.PASSED) {
            flags.add(ContractFlag.PAID_NOT_ACCEPTED);
        }
        return flags;
    }
}
