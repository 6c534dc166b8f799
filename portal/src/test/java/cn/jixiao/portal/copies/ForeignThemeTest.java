package cn.jixiao.portal.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.copies.ForeignTheme.Mention;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FOREIGN_THEME on sentences built from the seeds' facts (seeds 000/002/004: 伊金霍洛旗政务服务局's
 * 政务自助便民服务点 with 6 service points in 阿勒腾席热镇, its 2021 部门整体支出 and the 12345 hotline).
 */
class ForeignThemeTest {
    static final Set<String> BUREAU = DepartmentNames.of("伊金霍洛旗政务服务局", "旗政务服务局", "伊金霍洛旗");
    static final List<String> BUREAU_PROJECTS = List.of("政务自助便民服务点建设项目", "12345政务服务便民热线运行项目");
    static final Set<String> FARMS = DepartmentNames.of("伊金霍洛旗农业农村局", "旗农业农村局", "伊金霍洛旗");

    static List<Mention> bureau(String section, String text) {
        return ForeignTheme.find(Map.of(section, text), BUREAU, BUREAU_PROJECTS);
    }

    @Test
    void theThemesAreLoadedFromTheResource() {
        assertTrue(ForeignTheme.themes().size() >= 15);
        assertTrue(ForeignTheme.themes().stream()
                .anyMatch(t -> t.name().equals("高标准农田建设")
                        && t.keywords().contains("高标准农田")
                        && t.owners().contains("农业农村")));
    }

    @Test
    void theBureausOwnSentenceIsClean() {
        assertEquals(
                List.of(), bureau("basic", "我局在阿勒腾席热镇建成6处政务自助便民服务点，投放智能政务服务工作台、营业执照自助终端和社保自助服务一体机，群众可就近办理社保卡激活等业务。"));
        assertEquals(List.of(), bureau("indicators", "12345政务服务便民热线全年接通率达到98.6%，工单按期办结率96.2%。"));
    }

    @Test
    void theBureauClaimingFarmlandWorkIsFound() {
        List<Mention> found = bureau("basic", "2021年，我局完成高标准农田建设2.3万亩，新建机井46眼。");
        assertEquals(1, found.size());
        assertEquals("高标准农田建设", found.getFirst().theme());
        assertEquals("高标准农田", found.getFirst().keyword());
        assertEquals("2021年，我局完成高标准农田建设2.3万亩，新建机井46眼。", found.getFirst().sentence());
        // the department's name as subject, in any section
        assertEquals(1, bureau("problems", "伊金霍洛旗政务服务局实施的学生营养改善计划供餐天数不足。").size());
        // no subject, but in the section where the report describes its own work
        assertEquals(1, bureau("goals", "年度目标：完成森林草原防火物资储备，火情处置及时率100%。").size());
        assertEquals(
                "森林草原防火",
                bureau("goals", "年度目标：完成森林草原防火物资储备，火情处置及时率100%。").getFirst().theme());
        // the same sentence with no subject outside the self-describing sections is left alone
        assertEquals(List.of(), bureau("problems", "完成高标准农田建设2.3万亩。"));
    }

    @Test
    void theFarmBureauOnFarmlandIsClean() {
        assertEquals(
                List.of(),
                ForeignTheme.find(Map.of("basic", "2021年，我局完成高标准农田建设2.3万亩，工程验收合格率100%。"), FARMS, List.of("高标准农田建设项目")));
        // the kind owns the theme even with no project on record
        assertEquals(List.of(), ForeignTheme.find(Map.of("basic", "我局完成高标准农田建设2.3万亩。"), FARMS, List.of()));
    }

    @Test
    void aProjectOfTheDepartmentMakesTheThemeItsOwn() {
        assertEquals(
                List.of(),
                ForeignTheme.find(Map.of("basic", "我局完成森林防火宣传进社区活动12场。"), BUREAU, List.of("政务服务大厅森林防火设施配置项目")));
    }

    @Test
    void mentioningAnotherThemeWithoutClaimingItIsClean() {
        // cooperation
        assertEquals(List.of(), bureau("basic", "我局配合农业农村局做好高标准农田建设项目的审批服务。"));
        // the owner named as subject
        assertEquals(List.of(), bureau("basic", "旗农业农村局完成高标准农田建设2.3万亩。"));
        // the region's achievements
        assertEquals(List.of(), bureau("basic", "全旗完成高标准农田建设2.3万亩，义务教育学校校舍改造5所。"));
        // a policy title
        assertEquals(List.of(), bureau("basic", "我局按照《关于切实加强高标准农田建设的意见》精简审批环节。"));
        // a list of the county's achievements in 基本情况
        assertEquals(List.of(), bureau("basic", "旗委、旗政府统筹推进高标准农田、义务教育和养老服务等民生实事。"));
    }

    @Test
    void eachThemeIsFoundOncePerSection() {
        List<Mention> found = bureau("basic", "我局完成高标准农田建设2.3万亩。我局另完成高标准农田验收。我局推进义务教育学校校舍改造。");
        assertEquals(
                List.of("高标准农田建设", "义务教育"), found.stream().map(Mention::theme).toList());
    }
}
