package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

public record PaymentView(long id, long contractId, LocalDate paidOn, BigDecimal amount, String note) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id, p.contractId, p.paidOn, Money.plain(p.amount), p.note);
    }
}
