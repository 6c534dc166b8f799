package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A row of a contracts list, flags included. */
public record ContractSummary(
        long id,
        long departmentId,
        String departmentName,
        Long projectId,
        String title,
        String vendor,
        BigDecimal amount,
        LocalDate signedOn,
        ProcurementMethod procurementMethod,
        String procurementMethodLabel,
        BigDecimal paidTotal,
        String acceptanceResultLabel,
        List<FlagView> flags) {

    static ContractSummary of(Contract c, String departmentName, BigDecimal paid, BigDecimal threshold) {
        var flags = ContractFlags.of(ContractView.facts(c, paid), threshold).stream()
                .map(FlagView::of)
                .toList();
        return new ContractSummary(
                c.id,
                c.departmentId,
                departmentName,
                c.projectId,
                c.title,
                c.vendor,
                Money.plain(c.amount),
                c.signedOn,
                c.procurementMethod,
                c.procurementMethod.label,
                Money.plain(paid),
                c.acceptanceResult == null ? "未验收" : c.acceptanceResult.label,
                flags);
    }
}
