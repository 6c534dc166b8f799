package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.contract.ContractFlag;
import cn.jixiao.portal.contract.ContractFlags;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.SubjectRecords.ContractRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract of the subject with one of the flags the contracts feature computes ({@link ContractFlags}):
 * over the procurement threshold without government procurement, no signing date, work before signing,
 * payment before acceptance. One check per flag, so each has its own code and severity.
 */
public class ContractFlagCheck implements Check {
    private final String code;
    private final ContractFlag flag;
    private final Severity severity;

    public ContractFlagCheck(String code, ContractFlag flag, Severity severity) {
        this.code = code;
        this.flag = flag;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return "合同：" + flag.label + " (contract: " + flag.english + ")";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var threshold = context.settings().procurementThreshold();
        var found = new ArrayList<FindingDraft>();
        for (ContractRecord c : context.records().contracts()) {
            if (!ContractFlags.of(c.facts(), threshold).contains(flag)) {
                continue;
            }
            found.add(new FindingDraft(
                    "contract:" + c.id(),
                    "合同" + c.name() + detail(c, threshold) + " (" + flag.english + ")",
                    evidence(
                            "contractId",
                            c.id(),
                            "title",
                            c.title(),
                            "vendor",
                            c.vendor(),
                            "amountWan",
                            c.amount(),
                            "paidWan",
                            c.paidTotal(),
                            "signedOn",
                            c.signedOn() == null ? null : c.signedOn().toString(),
                            "workStartedOn",
                            c.workStartedOn() == null ? null : c.workStartedOn().toString(),
                            "firstPaidOn",
                            c.firstPaidOn() == null ? null : c.firstPaidOn().toString(),
                            "method",
                            c.method() == null ? null : c.method().name(),
                            "acceptance",
                            c.acceptance() == null ? null : c.acceptance().name(),
                            "thresholdWan",
                            threshold)));
        }
        return found;
    }

    private String detail(ContractRecord c, java.math.BigDecimal threshold) {
        return switch (flag) {
            case OVER_THRESHOLD_WITHOUT_PROCUREMENT ->
                " 金额 " + Fmt.wanAsYuan(c.amount()) + "，已付 "
                        + Fmt.wanAsYuan(c.paidTotal()) + "，达到采购限额标准 " + Fmt.number(threshold) + " 万元，采购方式为「"
                        + c.method().label + "」，未实行政府采购";
            case NO_SIGNING_DATE -> " 未注明签订日期（金额 " + Fmt.wanAsYuan(c.amount()) + "）";
            case WORK_BEFORE_SIGNING ->
                " 于 " + c.workStartedOn() + " 开工，"
                        + (c.signedOn() == null ? "合同未注明签订日期" : "合同 " + c.signedOn() + " 才签订");
            case PAID_NOT_ACCEPTED ->
                " 已付款 " + Fmt.wanAsYuan(c.paidTotal())
                        + (c.firstPaidOn() == null ? "" : "（首笔 " + c.firstPaidOn() + "）") + "，但"
                        + (c.acceptance() == null ? "未登记验收" : "验收结果为「" + c.acceptance().label + "」");
            default -> "：" + flag.label;
        };
    }
}
