package cn.jixiao.portal.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.copies.ForeignBodyText.Bodies;
import cn.jixiao.portal.copies.ForeignBodyText.Kind;
import cn.jixiao.portal.copies.ForeignBodyText.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForeignBodyTextTest {
    /** 伊金霍洛旗's departments as the demo data keeps them (full name, short name). */
    static final String[][] YIJINHUOLUO = {
        {"伊金霍洛旗政务服务局", "旗政务服务局"},
        {"伊金霍洛旗财政局", "旗财政局"},
        {"伊金霍洛旗政务服务中心", "旗政务服务中心"},
        {"伊金霍洛旗人民政府办公室", "旗政府办"},
        {"伊金霍洛旗公安局", "旗公安局"},
        {"伊金霍洛旗人力资源和社会保障局", "旗人社局"},
        {"伊金霍洛旗就业和社会保险事业局", "旗就业和社保局"},
        {"伊金霍洛旗市场监督管理局", "旗市场监管局"},
        {"伊金霍洛旗大数据中心", "旗大数据中心"},
        {"阿勒腾席热镇人民政府", "阿镇人民政府"},
        {"阿勒腾席热镇恩可社区", "恩可社区"}
    };

    static final Set<String> REGIONS = Set.of("伊金霍洛旗", "保山市", "岳阳市");
    static final Map<String, Set<String>> LINEAGE = Map.of(
            "伊金霍洛旗", Set.of("伊金霍洛旗", "鄂尔多斯市", "内蒙古自治区"),
            "保山市", Set.of("保山市", "云南省"),
            "岳阳市", Set.of("岳阳市", "湖南省"));

    /** The report's bodies as the service builds them: own names, the region's others, other regions. */
    static Bodies bodies(String region, String ownName, String ownShort, String[][] departments) {
        Set<String> own = DepartmentNames.of(ownName, ownShort, region);
        var others = new ArrayList<Set<String>>();
        for (String[] d : departments) {
            if (!d[0].equals(ownName)) {
                others.add(DepartmentNames.of(d[0], d[1], region));
            }
        }
        var otherRegions = new LinkedHashSet<>(REGIONS);
        otherRegions.removeAll(LINEAGE.get(region));
        return new Bodies(own, ownName, LINEAGE.get(region), others, otherRegions);
    }

    static Bodies bureau() {
        return bodies("伊金霍洛旗", "伊金霍洛旗政务服务局", "旗政务服务局", YIJINHUOLUO);
    }

    static List<Mention> find(String text, Bodies bodies) {
        return ForeignBodyText.find(Map.of("basic", text), bodies);
    }

    @Test
    void anotherDepartmentsNameWhereTheReportDescribesItselfIsFound() {
        List<Mention> found = find("伊金霍洛旗就业和社会保险事业局2021年度部门整体支出绩效自评结果如下：综合得分86.74分，等级为良。", bureau());
        assertEquals(1, found.size());
        assertEquals(Kind.OTHER_DEPARTMENT, found.getFirst().kind());
        assertEquals("伊金霍洛旗就业和社会保险事业局", found.getFirst().term());
        assertTrue(found.getFirst().sentence().startsWith("伊金霍洛旗就业和社会保险事业局2021年度"));
        // the short name and the name without the region say the same
        assertEquals(1, find("旗人社局内设办公室、就业股等5个股室。", bureau()).size());
        assertEquals(1, find("人力资源和社会保障局主要职能是统筹全旗就业和社会保障工作。", bureau()).size());
    }

    @Test
    void anotherKindOfBodysSelfReferenceIsFound() {
        List<Mention> found = find("我院领导高度重视，成立了自评工作小组。", bureau());
        assertEquals(List.of("我院"), found.stream().map(Mention::term).toList());
        assertEquals(Kind.SELF_REFERENCE, found.getFirst().kind());
        // a centre's report saying 我局 is another body's text; a bureau's is its own
        Bodies centre = bodies("岳阳市", "岳阳市政务服务中心", null, new String[][] {{"岳阳市政务服务中心", null}});
        assertEquals(1, find("根据市财政局通知，我局对项目开展了自评。", centre).size());
        assertTrue(find("根据市财政局通知，我中心对项目开展了自评。", centre).isEmpty());
    }

    @Test
    void aBodyOfAnotherRegionIsFound() {
        Bodies yueyang = bodies("岳阳市", "岳阳市政务服务中心", null, new String[][] {{"岳阳市政务服务中心", null}});
        List<Mention> found = find("保山市政务服务管理局2018年度项目绩效自评报告如下。", yueyang);
        assertEquals(1, found.size());
        assertEquals(Kind.OTHER_REGION, found.getFirst().kind());
        assertEquals("保山市政务服务管理局", found.getFirst().term());
    }

    @Test
    void cleanTextNamingOwnFinanceSuperiorAndPartnerBodiesFindsNothing() {
        String clean = String.join(
                "",
                "伊金霍洛旗政务服务局是伊金霍洛旗人民政府工作部门，由旗人民政府办公室统一管理和协调。",
                "旗政务服务局2021年度部门整体支出绩效自评由伊金霍洛旗财政局组织，旗财政局2021年度部门预算批复为准。",
                "所属伊金霍洛旗政务服务中心核定公益一类事业编制9名。",
                "27台自助终端由旗政务服务局、旗公安局、旗市场监管局和旗就业和社会保险事业局分别采购，",
                "伊金霍洛旗大数据中心尚未对任何一台设备签署联网验收。",
                "负责旗人民政府网络与鄂尔多斯市政府网络互联互通，落实内蒙古自治区人民政府的部署。",
                "我局领导高度重视，本局资金管理的基本局面稳定，成本校核、样本校验按月进行，",
                "我们克服了自我局限，我所在的股室负责我委托的第三方机构联系工作。",
                "学习借鉴保山市经验，岳阳市的做法也值得参考。");
        assertEquals(List.of(), find(clean, bureau()));
    }

    @Test
    void theDemoReportsNarrativesFindOnlyThePlantedSentence() throws IOException {
        assertEquals(List.of(), find(demo("11150627-X-_2022-0920002.md"), bureau()));
        // seed 000's report pastes one sentence in which the 社保 bureau (it bought the 6 社保 kiosks) describes
        // itself: the demo's one foreign-text finding (see DemoReports)
        List<Mention> kiosk = find(demo("11150627-X-_2023-0418001.md"), bureau());
        assertEquals(List.of("就业和社会保险事业局"), kiosk.stream().map(Mention::term).toList());
        assertEquals(Kind.OTHER_DEPARTMENT, kiosk.getFirst().kind());
        assertTrue(kiosk.getFirst().sentence().startsWith("旗就业和社会保险事业局主要职能是"));
        Bodies baoshan = bodies("保山市", "保山市政务服务管理局", "市政务服务管理局", new String[][] {{"保山市财政局", "市财政局"}});
        assertEquals(List.of(), find(demo("57980172-X-_2019-0621006.md"), baoshan));
        assertEquals(List.of(), find(demo("57980172-X-_2022-0712008.md"), baoshan));
        Bodies yueyang = bodies("岳阳市", "岳阳市政务服务中心", "市政务服务中心", new String[][] {{"岳阳市财政局", "市财政局"}});
        assertEquals(List.of(), find(demo("12430600-X-_2020-0609001.md"), yueyang));
    }

    static String demo(String file) throws IOException {
        try (InputStream in = ForeignBodyTextTest.class.getResourceAsStream("/demo/reports/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
