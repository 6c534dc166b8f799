package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract of the year at or over the region's 采购限额标准 bought by 分散采购 or another way that is
 * not government procurement, with what was paid on it that year (seed 001: a 1,860,480 元 labour
 * contract, 620,160 元 paid in 2021, over 伊金霍洛旗's 60万元, not procured).
 */
public class ContractWithoutProcurement implements BooksRule {
    public static final String CODE = "CONTRACT_WITHOUT_PROCUREMENT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "达到采购限额未执行政府采购：合同金额达到本地区采购限额标准，采购方式却不是政府采购方式"
                + " (a contract at or over the region's procurement threshold not bought by government procurement)";
    }

    @Override
    public List<Draft> run(Books books) {
        var found = new ArrayList<Draft>();
        if (books.threshold() == null) {
            return found;
        }
        for (Books.ContractLine c : books.contracts()) {
            if (c.amount() == null
                    || c.method() == null
                    || c.method().governmentProcurement()
                    || c.amount().compareTo(books.threshold()) < 0) {
                continue;
            }
            found.add(new Draft(
                    c.departmentId(),
                    new FindingDraft(
                            "books:" + books.year() + ":procurement:" + c.id(),
                            "合同" + c.label() + "金额 " + BooksFmt.money(c.amount()) + "，达到本地区采购限额标准 "
                                    + BooksFmt.wan(books.threshold()) + " 万元，采购方式为「" + c.method().label
                                    + "」，未执行政府采购；" + books.year() + "年支付 " + BooksFmt.money(c.paidInYear())
                                    + " (over the procurement threshold without government procurement)",
                            evidence(
                                    "contractId", c.id(),
                                    "title", c.title(),
                                    "vendor", c.vendor(),
                                    "projectId", c.projectId(),
                                    "year", books.year(),
                                    "amountWan", c.amount(),
                                    "thresholdWan", books.threshold(),
                                    "method", c.method().name(),
                                    "paidInYearWan", c.paidInYear(),
                                    "paidTotalWan", c.paidTotal()))));
        }
        return found;
    }
}
