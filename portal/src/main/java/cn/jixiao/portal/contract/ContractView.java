package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract with its payments, acceptance and flags (amounts in 万元). */
public record ContractView(
        long id,
        long departmentId,
        String departmentName,
        Long projectId,
        String projectName,
        String contractNo,
        String title,
        String vendor,
        BigDecimal amount,
        String unit,
        LocalDate signedOn,
        ProcurementMethod procurementMethod,
        String procurementMethodLabel,
        boolean purchasedService,
        LocalDate workStartedOn,
        String acceptanceTerms,
        String trialPeriod,
        String trialPeriodLabel,
        Integer acceptanceWorkingDays,
        LocalDate acceptedOn,
        AcceptanceResult acceptanceResult,
        String acceptanceResultLabel,
        BigDecimal paidTotal,
        List<PaymentView> payments,
        List<FlagView> flags,
        BigDecimal procurementThreshold,
        int version) {

    static ContractView of(
            Contract c, String departmentName, String projectName, List<Payment> payments, BigDecimal threshold) {
        BigDecimal paid = payments.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var flags = ContractFlags.of(facts(c, paid), threshold).stream()
                .map(FlagView::of)
                .toList();
        return new ContractView(
                c.id,
                c.departmentId,
                departmentName,
                c.projectId,
                projectName,
                c.contractNo,
                c.title,
                c.vendor,
                Money.plain(c.amount),
                Money.UNIT,
                c.signedOn,
                c.procurementMethod,
                c.procurementMethod.label,
                c.purchasedService,
                c.workStartedOn,
                c.acceptanceTerms,
                c.trialPeriod,
                TrialPeriod.label(c.trialPeriod),
                c.acceptanceWorkingDays,
                c.acceptedOn,
                c.acceptanceResult,
                c.acceptanceResult == null ? null : c.acceptanceResult.label,
                Money.plain(paid),
                payments.stream().map(PaymentView::of).toList(),
                flags,
                Money.plain(threshold),
                c.version);
    }

    static ContractFlags.Facts facts(Contract c, BigDecimal paid) {
        return new ContractFlags.Facts(
                c.amount, c.signedOn, c.workStartedOn, c.procurementMethod, paid, c.acceptanceResult);
    }
}
