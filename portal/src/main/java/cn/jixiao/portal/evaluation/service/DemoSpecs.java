package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.evaluation.ItemKind;
import cn.jixiao.portal.evaluation.ItemStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five seed documents as demo evaluations. Scores are the documents' own; the prose of the items
 * is ours, written from the documents' findings. Nothing here bends a figure: where a document's
 * figures disagree with the records, the checks show it.
 */
public final class DemoSpecs {
    private DemoSpecs() {}

    public static List<DemoSpec> all() {
        return List.of(
                kiosk2022(), department2021Yijinhuoluo(), devices2018(), yichuang2019(), department2021Baoshan());
    }

    /**
     * Seed 000: 伊金霍洛旗's 2022 kiosk project, third-party, 85.27 良, with its rectification items (most
     * still open); approved on the day the report was published (2023-04-18).
     */
    public static DemoSpec kiosk2022() {
        var levels = new LinkedHashMap<String, BigDecimal>();
        levels.put("决策", new BigDecimal("11.55"));
        levels.put("过程", new BigDecimal("18.48"));
        levels.put("产出", new BigDecimal("24.34"));
        levels.put("效益", new BigDecimal("30.90"));
        var reasons = new LinkedHashMap<String, String>();
        reasons.put("决策", "前期调研不充分：南苑社区无设计、新北社区未按设计隔断；设备预算未经询价比价，资金分配依据不足；绩效目标未写明建设内容，数量指标未含服务点数。");
        reasons.put("过程", "财务制度未规定招投标、合同签订与资产移交；一份采购合同无签订日期，便民服务中心改造先施工后签合同；公安局采购内容与金额变更未报人大；社保一体机付清款项仍未验收。");
        reasons.put("产出", "6处服务点建成5处，便民服务中心仍在施工；设备验收合格率与投入使用率取自设备台账，未达100%。");
        reasons.put("效益", "多数节点晚于实施方案，服务点延迟投用，影响便民服务覆盖；大数据中心未签署联网验收意见，设备对接成效待确认。");
        var items = new ArrayList<ItemInput>();
        items.add(problem("前期调研与设计不扎实：部分社区服务点无设计或未按设计施工，设备预算仅参照往年同类采购，未询价比价。"));
        items.add(problem("绩效目标表未列明建设内容，数量指标缺少服务点数量，成本指标含义不清。"));
        items.add(problem("合同管理不规范：设备采购合同未写签订日期；便民服务中心改造在签订合同前已开工。"));
        items.add(problem("公安局采购内容和投资额发生变更，未向人大履行报批手续；项目多个节点晚于计划。"));
        items.add(problem("社保自助一体机已付全款但未按合同组织验收；27台设备均缺少大数据中心的联网验收意见。"));
        items.add(suggestion("立项前充分调研服务点选址、改造标准和设备需求，多渠道询价后再测算总投资。"));
        items.add(suggestion("按立项批复细化、量化绩效目标和指标，让重点工作都有可衡量的指标。"));
        items.add(rectification(
                "完善财务管理制度，补充招投标、合同签订和固定资产移交的规定，并规范合同签订。", "伊金霍洛旗政务服务局", "2023-06-30", ItemStatus.IN_PROGRESS));
        items.add(rectification("项目变更及时向人大申报审批，补办身份证设备采购变更手续。", "伊金霍洛旗公安局", "2023-03-31", ItemStatus.OPEN));
        items.add(rectification("按采购合同尽快组织6台社保自助服务一体机验收。", "伊金霍洛旗就业和社会保险事业局", "2023-01-31", ItemStatus.OPEN));
        items.add(rectification("先签订施工合同再施工，补签便民服务中心改造合同并完成改造。", "阿勒腾席热镇人民政府", "2023-01-31", ItemStatus.IN_PROGRESS));
        items.add(rectification("会同旗政务局、阿镇政府检查27台设备对接情况并签署联网验收意见。", "伊金霍洛旗大数据中心", "2023-02-28", ItemStatus.OPEN));
        return new DemoSpec(
                "000 伊金霍洛旗政务自助便民服务点 2022",
                "150627",
                "zwfwj",
                new DemoSpec.ProjectRef("伊金霍洛旗政务自助便民服务点建设项目", 2022, null, null),
                2022,
                EvaluationKind.THIRD_PARTY,
                "yijinhuoluo-kiosk-2022",
                null,
                levels,
                null,
                List.of(),
                Map.of(),
                Map.of(),
                reasons,
                "按第三方评价报告的评分 (as the third-party report scored it)",
                "在阿勒腾席热镇建成6处政务自助便民服务点，配置27台自助设备并试运行，提供24小时政务服务，形成“15分钟便民服务圈”。",
                "已建成5处服务点并配齐设备，采购自助设备27台；阿镇便民服务中心服务点仍在施工，预计2023年1月投入使用。",
                null,
                null,
                items,
                List.of(),
                LocalDate.of(2023, 4, 18));
    }

    /** Seed 001: 伊金霍洛旗政务服务局's 2021 whole spending, 86.74 良. */
    public static DemoSpec department2021Yijinhuoluo() {
        var levels = new LinkedHashMap<String, BigDecimal>();
        levels.put("投入", new BigDecimal("10.80"));
        levels.put("过程", new BigDecimal("33.94"));
        levels.put("产出", new BigDecimal("13.00"));
        levels.put("效益", new BigDecimal("29.00"));
        var reasons = new LinkedHashMap<String, String>();
        reasons.put("投入", "在职人员控制率较差，部分项目绩效指标不够合理。");
        reasons.put("过程", "支付进度较慢；公务用车运行维护费支付电话费，经费未按用途使用；热线劳务合同未执行政府采购；内部控制执行不到位。");
        reasons.put("产出", "热线平台用工形式不合规，购买服务项目未开展绩效监控和评价。");
        reasons.put("效益", "热线平台及时接收率、及时办结率偏低。");
        var items = new ArrayList<ItemInput>();
        items.add(problem("支出未区分项目经费与公用经费，有以公务用车运行维护费支付电话费的情况。"));
        items.add(problem("购买“综合一窗”服务未开展绩效监控和绩效评价。"));
        items.add(problem("热线劳务合同总额超过旗县级分散采购限额，未执行政府采购；实际为劳务派遣用工，不符合规定。"));
        items.add(problem("部分项目缺少制度约束，内部审计、资产和采购管理执行不到位，存在未按合同约定及时付款。"));
        items.add(problem("绩效目标申报表少于批复项目数，自评报告完成数与实际不符，预算数与执行数填报不准。"));
        items.add(suggestion("严格按预算用途使用资金，政府采购和购买服务按规定执行并开展绩效管理。"));
        items.add(suggestion("规范用工形式，加强内部控制和预算绩效管理，提高目标设置和自评的准确性。"));
        return new DemoSpec(
                "001 伊金霍洛旗政务服务局 2021 部门整体",
                "150627",
                "zwfwj",
                null,
                2021,
                EvaluationKind.FINANCE_REVIEW,
                "yijinhuoluo-department-2021",
                null,
                levels,
                null,
                List.of(),
                Map.of(),
                Map.of(),
                reasons,
                "按部门整体支出绩效评价的评分 (as the evaluation scored it)",
                "保障全旗政务服务“一张网”运行，热线诉求件件有着落，政务公开和政务大厅工作有序开展。",
                "智慧政务平台正常运行，热线、政务公开和政务大厅工作有序开展，社会公众满意度较高。",
                null,
                null,
                items,
                List.of(),
                LocalDate.of(2022, 9, 20));
    }

    /** Seed 002: 保山's 2018 smart-device project self-evaluation, 95 优秀. */
    public static DemoSpec devices2018() {
        var reasons = new LinkedHashMap<String, String>();
        reasons.put("效益", "工作流程仍需规范，绩效指标体系和绩效管理机制有待完善。");
        var items = new ArrayList<ItemInput>();
        items.add(problem("工作流程还需进一步规范，以更好满足服务对象需求。"));
        items.add(problem("绩效评价报告质量、绩效指标体系和绩效管理机制仍有不足。"));
        items.add(suggestion("健全项目管理制度，制定用款计划和绩效目标并实时监控，加强财务人员培训。"));
        return new DemoSpec(
                "002 保山市智能化设备 2018",
                "530500",
                "zwfwglj",
                new DemoSpec.ProjectRef(
                        "“互联网+政务服务”智能化设备采购建设项目",
                        2018,
                        "采购政务大厅引导、自助服务、窗口办公和信息安全设备，建成24小时自助服务大厅。",
                        new BigDecimal("200")),
                2018,
                EvaluationKind.SELF,
                "national-project-self",
                null,
                Map.of(),
                new BigDecimal("95"),
                List.of("效益", "产出"),
                Map.of(),
                Map.of("满意", new BigDecimal("100")),
                reasons,
                "按自评表的评分 (as the self-evaluation scored it)",
                "完成政务大厅智能化设备采购，提升窗口服务能力，实现部分业务24小时自助办理。",
                "下达资金200万元全部到位并支出；建成全省首个24小时自助服务大厅；问卷满意度100%。",
                null,
                LocalDate.of(2019, 6, 21),
                items,
                List.of(),
                LocalDate.of(2019, 6, 21));
    }

    /** Seed 003: 岳阳's 一窗受理 system, 2019 funds, self-evaluated 98 优秀 (分配结果 3 of 5). */
    public static DemoSpec yichuang2019() {
        var items = new ArrayList<ItemInput>();
        items.add(problem("部分业务单位使用部委或省级垂管系统，对接意愿低、难度大，受理平台需二次录入。"));
        items.add(problem("硬件多为利旧设备，重新对接后兼容性较差；系统尚未验收。"));
        items.add(suggestion("推动与垂管系统的数据对接，减少二次录入；尽快组织系统验收后支付余款。"));
        return new DemoSpec(
                "003 岳阳市一窗受理系统 2019",
                "430600",
                "zwfwzx",
                new DemoSpec.ProjectRef("岳阳市“无差别”一窗受理系统政府采购项目", 2019, null, null),
                2019,
                EvaluationKind.SELF,
                "yueyang-yichuang-2020",
                null,
                Map.of(),
                new BigDecimal("98"),
                List.of(),
                Map.of("分配结果", new BigDecimal("3")),
                Map.of(),
                Map.of(),
                "资金分配方案未见公平合理性的充分说明，按自评表得3分 (scored 3 of 5 as self-evaluated)",
                "以“一窗接件、快速受理、内部流转、限时办结、一窗出件”实现“一窗进出、受办分离”，推动“最多跑一次”。",
                "按期完成招投标和试运行；系统尚未验收。",
                "部门（单位）评价组",
                LocalDate.of(2020, 6, 9),
                items,
                List.of(
                        new DemoSpec.Person("杨胜", "副主任", "政务服务中心", true),
                        new DemoSpec.Person("谭昕", "科长", "政务服务中心", false)),
                LocalDate.of(2020, 6, 9));
    }

    /** Seed 004: 保山市政务服务管理局's 2021 whole spending, self-evaluated 97 优秀. */
    public static DemoSpec department2021Baoshan() {
        var reasons = new LinkedHashMap<String, String>();
        String why = "绩效目标不够具体，未完全分解为工作任务，部分指标不清晰、难以衡量。";
        reasons.put("决策", why);
        reasons.put("投入", why);
        reasons.put("产出", why);
        var items = new ArrayList<ItemInput>();
        items.add(problem("预算绩效申报时绩效目标不具体，未完全细化分解为工作任务，部分指标不清晰、可衡量性差。"));
        items.add(suggestion("今后申报时由业务科室会同财务将全年任务分解为具体目标，尽量采用定量指标。"));
        return new DemoSpec(
                "004 保山市政务服务管理局 2021 部门整体",
                "530500",
                "zwfwglj",
                null,
                2021,
                EvaluationKind.SELF,
                "national-department-self",
                null,
                Map.of(),
                new BigDecimal("97"),
                List.of("决策", "投入", "产出"),
                Map.of(),
                Map.of("满意", new BigDecimal("99")),
                reasons,
                why,
                "深化改革提升政务服务效能，公共资源交易提质增效，12345热线接诉即办。",
                "部门年初目标基本实现，重点工作办结率100%，社会公众满意度99%。",
                null,
                LocalDate.of(2022, 7, 12),
                items,
                List.of(),
                LocalDate.of(2022, 7, 12));
    }

    private static ItemInput problem(String text) {
        return new ItemInput(ItemKind.PROBLEM, text, null, null, null, null, null, null, null);
    }

    private static ItemInput suggestion(String text) {
        return new ItemInput(ItemKind.SUGGESTION, text, null, null, null, null, null, null, null);
    }

    private static ItemInput rectification(String text, String owner, String due, ItemStatus status) {
        return new ItemInput(ItemKind.RECTIFICATION, text, null, owner, LocalDate.parse(due), status, null, null, null);
    }
}
