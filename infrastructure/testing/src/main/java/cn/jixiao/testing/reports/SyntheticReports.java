package cn.jixiao.testing.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Realistic synthetic performance-evaluation reports for benchmarks and the judged relevance set:
 * regions, departments, projects, indicators and amounts in the vocabulary of published county and
 * city reports, the body in the report markup ("## " headings, "- " items, "|" tables). Report
 * {@code n} depends only on the seed and {@code n}, so a million can be streamed without keeping them.
 */
public final class SyntheticReports {

    /** A region: code, name, and its path with the parents (as the public site indexes it). */
    public record Region(String code, String name, String level, String parentCode, String path) {}

    /** A project a department runs, with its indicator words. */
    public record Project(String department, String name, List<String> indicators, String theme) {}

    /** One generated report, in the columns of the {@code report} table. */
    public record Report(
            int n,
            Region region,
            Project project,
            String title,
            String publisher,
            String indexNo,
            String catalog,
            LocalDate publishedOn,
            String keywords,
            int year,
            String kind,
            String scope,
            BigDecimal score,
            String grade,
            String summary,
            String body) {}

    public static final List<Region> PARENTS = List.of(
            new Region("150000", "内蒙古自治区", "PROVINCE", null, "内蒙古自治区"),
            new Region("530000", "云南省", "PROVINCE", null, "云南省"),
            new Region("430000", "湖南省", "PROVINCE", null, "湖南省"),
            new Region("150600", "鄂尔多斯市", "CITY", "150000", "内蒙古自治区 鄂尔多斯市"),
            new Region("530500", "保山市", "CITY", "530000", "云南省 保山市"),
            new Region("430600", "岳阳市", "CITY", "430000", "湖南省 岳阳市"));

    /** The regions reports are published in (the demo's three and counties of the same cities). */
    public static final List<Region> REGIONS = List.of(
            new Region("150627", "伊金霍洛旗", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 伊金霍洛旗"),
            new Region("530500", "保山市", "CITY", "530000", "云南省 保山市"),
            new Region("430600", "岳阳市", "CITY", "430000", "湖南省 岳阳市"),
            new Region("150602", "东胜区", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 东胜区"),
            new Region("150621", "达拉特旗", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 达拉特旗"),
            new Region("150622", "准格尔旗", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 准格尔旗"),
            new Region("150624", "鄂托克旗", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 鄂托克旗"),
            new Region("150626", "乌审旗", "COUNTY", "150600", "内蒙古自治区 鄂尔多斯市 乌审旗"),
            new Region("530502", "隆阳区", "COUNTY", "530500", "云南省 保山市 隆阳区"),
            new Region("530521", "施甸县", "COUNTY", "530500", "云南省 保山市 施甸县"),
            new Region("530523", "龙陵县", "COUNTY", "530500", "云南省 保山市 龙陵县"),
            new Region("530524", "昌宁县", "COUNTY", "530500", "云南省 保山市 昌宁县"),
            new Region("530581", "腾冲市", "COUNTY", "530500", "云南省 保山市 腾冲市"),
            new Region("430602", "岳阳楼区", "COUNTY", "430600", "湖南省 岳阳市 岳阳楼区"),
            new Region("430623", "华容县", "COUNTY", "430600", "湖南省 岳阳市 华容县"),
            new Region("430624", "湘阴县", "COUNTY", "430600", "湖南省 岳阳市 湘阴县"),
            new Region("430626", "平江县", "COUNTY", "430600", "湖南省 岳阳市 平江县"),
            new Region("430681", "汨罗市", "COUNTY", "430600", "湖南省 岳阳市 汨罗市"),
            new Region("430682", "临湘市", "COUNTY", "430600", "湖南省 岳阳市 临湘市"));

    public static final List<Project> PROJECTS = List.of(
            new Project("政务服务局", "政务自助便民服务点建设项目", List.of("自助终端布设数量", "终端完好率", "群众满意度"), "自助终端 便民服务点"),
            new Project("政务服务局", "“一窗受理”综合窗口改革项目", List.of("综合窗口事项覆盖率", "按时办结率", "办事群众满意度"), "一窗受理 综合窗口"),
            new Project("政务服务局", "12345政务服务便民热线运行项目", List.of("热线接通率", "工单按期办结率", "来电满意率"), "12345 政务热线"),
            new Project("政务服务局", "一网通办平台升级项目", List.of("网上可办率", "全程网办事项数", "系统可用率"), "一网通办 网上办理"),
            new Project("教育局", "义务教育薄弱环节改善与能力提升项目", List.of("改造校舍面积", "项目学校覆盖率", "师生满意度"), "义务教育 校舍改造"),
            new Project("教育局", "农村义务教育学生营养改善计划", List.of("受益学生人数", "供餐天数", "食品安全事故数"), "营养改善 学生供餐"),
            new Project("卫生健康委员会", "基本公共卫生服务项目", List.of("居民健康档案建档率", "老年人健康管理率", "群众满意度"), "公共卫生 健康档案"),
            new Project("卫生健康委员会", "家庭医生签约服务项目", List.of("重点人群签约率", "履约率", "签约居民满意度"), "家庭医生 签约服务"),
            new Project("农业农村局", "高标准农田建设项目", List.of("新建高标准农田面积", "工程验收合格率", "粮食亩产增幅"), "高标准农田 农田水利"),
            new Project("农业农村局", "乡村振兴衔接资金项目", List.of("帮扶产业项目数", "带动脱贫人口增收", "受益群众满意度"), "乡村振兴 衔接资金"),
            new Project("农业农村局", "农村人居环境整治项目", List.of("卫生厕所普及率", "生活垃圾收运覆盖率", "村民满意度"), "人居环境 农村厕所"),
            new Project("交通运输局", "农村公路养护工程项目", List.of("养护里程", "优良路率", "沿线群众满意度"), "农村公路 公路养护"),
            new Project("交通运输局", "城乡公交一体化项目", List.of("公交通达行政村比例", "新增线路数", "乘客满意度"), "城乡公交 公共交通"),
            new Project("住房和城乡建设局", "城镇老旧小区改造项目", List.of("改造小区数", "受益户数", "居民满意度"), "老旧小区 旧改"),
            new Project("住房和城乡建设局", "城镇污水处理厂提标改造项目", List.of("污水处理率", "出水达标率", "管网新建长度"), "污水处理 提标改造"),
            new Project("住房和城乡建设局", "生活垃圾分类处理项目", List.of("分类投放点覆盖率", "垃圾无害化处理率", "居民知晓率"), "垃圾分类 无害化处理"),
            new Project("民政局", "居家和社区养老服务项目", List.of("服务老年人人次", "养老服务站点数", "老年人满意度"), "居家养老 养老服务"),
            new Project("民政局", "城乡困难群众救助项目", List.of("救助人次", "资金按时发放率", "救助对象满意度"), "困难群众 社会救助"),
            new Project("人力资源和社会保障局", "职业技能提升培训补贴项目", List.of("培训人次", "取证率", "培训后就业率"), "职业技能 培训补贴"),
            new Project("人力资源和社会保障局", "就业创业扶持资金项目", List.of("创业担保贷款发放额", "带动就业人数", "政策知晓率"), "就业创业 创业担保贷款"),
            new Project("生态环境局", "大气污染防治项目", List.of("空气质量优良天数比例", "PM2.5平均浓度", "治理企业数"), "大气污染 空气质量"),
            new Project("水利局", "小型水库除险加固项目", List.of("加固水库座数", "工程合格率", "防洪受益人口"), "水库 除险加固"),
            new Project("文化和旅游局", "公共文化服务体系建设项目", List.of("文化活动场次", "免费开放时长", "群众满意度"), "公共文化 文化服务"),
            new Project("市场监督管理局", "食品安全抽检监测项目", List.of("抽检批次", "问题产品处置率", "抽检计划完成率"), "食品安全 抽检"),
            new Project("医疗保障局", "医保信息化平台建设项目", List.of("医保电子凭证激活率", "异地就医直接结算率", "系统可用率"), "医保 信息化"),
            new Project("自然资源局", "不动产登记便民服务项目", List.of("登记办结时限", "一窗办理率", "办事群众满意度"), "不动产登记 便民服务"),
            new Project("应急管理局", "森林草原防火能力建设项目", List.of("防火物资储备", "火情处置及时率", "宣传覆盖率"), "森林防火 应急"),
            new Project("财政局", "部门整体支出绩效评价", List.of("预算执行率", "三公经费控制率", "政府采购执行率"), "部门整体支出 三公经费"));

    private static final String[] PROBLEMS = {
        "预算编制不够细化，部分支出测算依据不足",
        "绩效目标设置偏宽泛，个别指标难以量化考核",
        "资金拨付进度滞后于项目实施进度",
        "项目验收资料不完整，合同管理有待规范",
        "部分设备使用率偏低，后续运维经费未落实",
        "满意度调查样本偏少，结果代表性不足",
        "项目档案管理不规范，过程资料缺失",
        "政府采购程序执行不到位，个别合同签订滞后"
    };

    private static final String[] ADVICE = {
        "细化预算测算，按实际需求编制项目预算",
        "完善绩效目标，设置可衡量的产出和效益指标",
        "加快资金拨付，建立支出进度定期通报制度",
        "规范合同与验收管理，及时归集项目资料",
        "落实运维经费，提高设备使用效率",
        "扩大满意度调查范围，引入第三方调查",
        "强化评价结果应用，将结果与下年度预算安排挂钩"
    };

    private static final String[] KINDS = {"SELF", "SELF", "THIRD_PARTY", "FINANCE_REVIEW"};
    private static final String[] KIND_WORDS = {"绩效自评报告", "绩效自评报告", "第三方绩效评价报告", "财政重点绩效评价报告"};

    private final long seed;

    public SyntheticReports(long seed) {
        this.seed = seed;
    }

    /** Report number {@code n} (from 0): the same for the same seed and n. */
    public Report report(int n) {
        var random = new Random(seed * 1_000_003L + n);
        Region region = REGIONS.get(random.nextInt(REGIONS.size()));
        Project project = PROJECTS.get(random.nextInt(PROJECTS.size()));
        int year = 2018 + random.nextInt(7);
        int kindIndex = random.nextInt(KINDS.length);
        LocalDate publishedOn = LocalDate.of(year + 1, 3, 1).plusDays(random.nextInt(240));
        String publisher = region.name() + project.department();
        boolean department = project.name().startsWith("部门整体");
        String title = publisher + year + "年度" + project.name() + KIND_WORDS[kindIndex];
        BigDecimal score = BigDecimal.valueOf(55 + random.nextDouble() * 44).setScale(2, RoundingMode.HALF_UP);
        String grade = score.compareTo(BigDecimal.valueOf(90)) >= 0
                ? "EXCELLENT"
                : score.compareTo(BigDecimal.valueOf(80)) >= 0
                        ? "GOOD"
                        : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "FAIR" : "POOR";
        String gradeLabel = switch (grade) {
            case "EXCELLENT" -> "优";
            case "GOOD" -> "良";
            case "FAIR" -> "中";
            default -> "差";
        };
        BigDecimal budget = BigDecimal.valueOf(50 + random.nextInt(5000) + random.nextInt(100) / 100.0)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = BigDecimal.valueOf(60 + random.nextDouble() * 40).setScale(2, RoundingMode.HALF_UP);
        BigDecimal spent = budget.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String indexNo = String.format(
                "%s%02d-X-/%d-%02d%02d%06d",
                region.code(),
                project.department().length(),
                publishedOn.getYear(),
                publishedOn.getMonthValue(),
                publishedOn.getDayOfMonth(),
                n);
        String summary = String.format(
                "%s对%d年度%s开展绩效评价：项目预算%s万元，实际支出%s万元，预算执行率%s%%，综合得分%s分，等级为“%s”。%s。",
                kindIndex == 2 ? "第三方评价机构" : publisher,
                year,
                project.name(),
                budget.toPlainString(),
                spent.toPlainString(),
                rate.toPlainString(),
                score.toPlainString(),
                gradeLabel,
                PROBLEMS[random.nextInt(PROBLEMS.length)]);
        String body = body(random, region, project, year, budget, spent, rate, score, gradeLabel);
        return new Report(
                n,
                region,
                project,
                title,
                publisher,
                indexNo,
                kindIndex == 0 || kindIndex == 1 ? "自评报告" : "评价报告",
                publishedOn,
                "绩效评价 " + project.theme() + " " + region.name(),
                year,
                KINDS[kindIndex],
                department ? "DEPARTMENT" : "PROJECT",
                score,
                grade,
                summary,
                body);
    }

    private static String body(
            Random random,
            Region region,
            Project project,
            int year,
            BigDecimal budget,
            BigDecimal spent,
            BigDecimal rate,
            BigDecimal score,
            String gradeLabel) {
        var body = new StringBuilder();
        body.append("## 一、项目概况\n\n");
        body.append(String.format(
                "%s由%s%s负责实施，资金来源为%s，%d年度安排预算资金%s万元，全年实际支出%s万元，预算执行率%s%%。" + "项目围绕%s开展，目的是补齐%s短板、提升公共服务质量。\n\n",
                project.name(),
                region.name(),
                project.department(),
                random.nextBoolean() ? "本级财政资金" : "上级转移支付资金",
                year,
                budget.toPlainString(),
                spent.toPlainString(),
                rate.toPlainString(),
                project.theme(),
                region.name()));
        body.append("## 二、绩效目标\n\n");
        for (String indicator : project.indicators()) {
            body.append(
                    String.format("- %s：年度目标%d，实际完成%d\n", indicator, 80 + random.nextInt(20), 70 + random.nextInt(31)));
        }
        body.append("\n## 三、指标完成情况\n\n表：").append(year).append("年度绩效指标完成情况\n");
        body.append("| 指标 | 指标值 | 实际完成值 | 得分 |\n");
        for (String indicator : project.indicators()) {
            body.append(String.format(
                    "| %s | ≥%d%% | %d%% | %d |\n",
                    indicator, 85 + random.nextInt(10), 70 + random.nextInt(30), 5 + random.nextInt(6)));
        }
        body.append("\n## 四、评价结论\n\n");
        body.append(String.format(
                "经评价，%s综合得分%s分，评价等级为“%s”。项目资金使用总体规范，主要产出指标基本完成，" + "社会效益逐步显现，服务对象满意度保持在较高水平。\n\n",
                project.name(), score.toPlainString(), gradeLabel));
        body.append("## 五、存在的问题\n\n");
        for (int i = 0; i < 2; i++) {
            body.append("- ").append(PROBLEMS[random.nextInt(PROBLEMS.length)]).append('\n');
        }
        body.append("\n## 六、改进建议\n\n");
        for (int i = 0; i < 2; i++) {
            body.append("- ").append(ADVICE[random.nextInt(ADVICE.length)]).append('\n');
        }
        body.append("\n## 七、结果应用\n\n评价结果已报送").append(region.name()).append("财政局，作为下年度预算安排和政策调整的重要依据，并按规定向社会公开。\n");
        return body.toString();
    }
}
