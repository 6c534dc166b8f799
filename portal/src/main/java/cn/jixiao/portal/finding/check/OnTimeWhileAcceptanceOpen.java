package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.contract.AcceptanceResult;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.SubjectRecords.ContractRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Completed on time" while an acceptance is open: full marks on a timeliness indicator (时效, 按计划完工,
 * 项目实施, 进度 …) or a 实际完成情况 saying 按期完成, while a contract of the subject is not accepted or
 * its devices are not accepted (or are past their acceptance deadline).
 */
public class OnTimeWhileAcceptanceOpen implements Check {
    public static final String CODE = "ON_TIME_WHILE_ACCEPTANCE_OPEN";
    static final Pattern TIMELY_INDICATOR = Pattern.compile("时效|及时|按计划|按期|完工|项目实施|实施进度|进度");
    static final Pattern ON_TIME_TEXT = Pattern.compile("(按期|按时|如期|按计划|按进度)(完成|完工|竣工|交付)|已全部完成");

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
        return "验收未完成却称按期完成：时效类指标得满分或自述按期完成，但合同或设备尚未验收、验收已逾期"
                + " (\"completed on time\" while an acceptance is open or overdue)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        List<ContractRecord> open = context.records().contracts().stream()
                .filter(c -> c.acceptance() != AcceptanceResult.PASSED)
                .toList();
        var devices = context.records().devices();
        if (open.isEmpty() && devices.notAccepted() == 0) {
            return List.of();
        }
        var zh = new ArrayList<String>();
        var en = new ArrayList<String>();
        if (!open.isEmpty()) {
            zh.add(open.size() + " 份合同未验收合格（"
                    + String.join(
                            "、",
                            open.stream().map(ContractRecord::name).limit(3).toList()) + (open.size() > 3 ? " 等" : "")
                    + "）");
            en.add(open.size() + " contract(s) not accepted");
        }
        if (devices.notAccepted() > 0) {
            zh.add("设备台账 " + devices.notAccepted() + "/" + devices.total() + " 台未验收"
                    + (devices.overdue() > 0 ? "，其中 " + devices.overdue() + " 台已超过合同约定的验收期限" : ""));
            en.add(devices.notAccepted() + " of " + devices.total() + " devices not accepted"
                    + (devices.overdue() > 0 ? ", " + devices.overdue() + " overdue" : ""));
        }
        String why = String.join("；", zh);
        String whyEn = String.join("; ", en);
        var evidence = evidence(
                "openContracts", open.stream().map(ContractRecord::id).toList(),
                "devices", devices.total(),
                "devicesNotAccepted", devices.notAccepted(),
                "devicesOverdue", devices.overdue());
        var found = new ArrayList<FindingDraft>();
        for (EvaluationIndicator indicator : context.leaves()) {
            var score = indicator.score();
            if (indicator.name != null
                    && TIMELY_INDICATOR.matcher(indicator.name).find()
                    && score != null
                    && indicator.weight != null
                    && indicator.weight.signum() > 0
                    && score.compareTo(indicator.weight) >= 0) {
                var e = new java.util.LinkedHashMap<String, Object>(evidence);
                e.put("indicator", indicator.name);
                e.put("score", score);
                found.add(new FindingDraft(
                        "indicator:" + indicator.id,
                        "指标「" + context.path(indicator) + "」得满分 " + Fmt.score(score) + "/" + Fmt.score(indicator.weight)
                                + "（按期完成），但" + why + " (full marks for completing on time, but " + whyEn + ")",
                        e));
            }
        }
        String achieved = context.evaluation().goalAchieved;
        if (achieved != null && ON_TIME_TEXT.matcher(achieved).find()) {
            var e = new java.util.LinkedHashMap<String, Object>(evidence);
            e.put("goalAchieved", achieved.length() > 200 ? achieved.substring(0, 200) : achieved);
            found.add(new FindingDraft(
                    "goal",
                    "实际完成情况称按期完成，但" + why + " (the report says the work was completed on time, but " + whyEn + ")",
                    e));
        }
        return found;
    }
}
