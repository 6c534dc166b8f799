package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.EconomicClasses;
import cn.jixiao.portal.project.Expenditure;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

public record ExpenditureView(
        long id,
        long projectId,
        FundingLevel level,
        String levelLabel,
        String content,
        BigDecimal amount,
        String voucherNo,
        LocalDate spentOn,
        String economicClass,
        String economicClassLabel,
        int version) {

    public static ExpenditureView of(Expenditure e) {
        return new ExpenditureView(
                e.id,
                e.projectId,
                e.level,
                e.level == null ? null : e.level.label,
                e.content,
                Money.plain(e.amount),
                e.voucherNo,
                e.spentOn,
                e.economicClass,
                e.economicClass == null ? null : EconomicClasses.label(e.economicClass),
                e.version);
    }
}
