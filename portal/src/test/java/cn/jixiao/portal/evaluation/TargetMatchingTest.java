package cn.jixiao.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.evaluation.service.TargetMatching;
import cn.jixiao.portal.evaluation.service.TargetMatching.Leaf;
import cn.jixiao.portal.evaluation.service.TargetMatching.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetMatchingTest {
    // seed 003's system: the targets' 项目产出指标/数量指标 land on 项目绩效/项目产出/产出数量
    private static final List<Leaf> YICHUANG = List.of(
            new Leaf(1, "目标内容", "项目目标", "项目决策"),
            new Leaf(2, "到位率", "资金到位", "项目管理"),
            new Leaf(3, "产出数量", "项目产出", "项目绩效"),
            new Leaf(4, "产出质量", "项目产出", "项目绩效"),
            new Leaf(5, "产出时效", "项目产出", "项目绩效"),
            new Leaf(6, "产出成本", "项目产出", "项目绩效"),
            new Leaf(7, "经济效益", "项目效果", "项目绩效"),
            new Leaf(8, "社会效益", "项目效果", "项目绩效"),
            new Leaf(9, "服务对象满意度", "项目效果", "项目绩效"));

    @Test
    void seed003TargetsLandOnTheirLeaves() {
        var targets = List.of(
                new Target(101, "项目产出指标", "数量指标", "政务服务事项网上可办率不低于70%"),
                new Target(102, "项目产出指标", "质量指标", "实现政务4.0"),
                new Target(103, "项目产出指标", "时效指标", "3个月完成项目开发"),
                new Target(104, "项目产出指标", "成本指标", "总成本不超过359万"),
                new Target(105, "项目效益指标", "经济效益指标", "企业和群众到政府办事提供的材料减少60%以上"),
                new Target(106, "项目效益指标", "社会效益指标", "省市县各级100个高频事项实现“最多跑一次”"),
                new Target(107, "项目效益指标", "生态效益指标", "无"));
        var placement = TargetMatching.place(YICHUANG, targets);
        assertEquals(
                List.of(3L, 4L, 5L, 6L, 7L, 8L), List.copyOf(placement.byLeaf().keySet()));
        assertEquals(101, placement.byLeaf().get(3L).get(0).id());
        assertEquals(106, placement.byLeaf().get(8L).get(0).id());
        assertEquals(
                List.of(107L), placement.unmatched().stream().map(Target::id).toList());
    }

    @Test
    void nationalLeavesTakeSeveralTargetsOfOneHeading() {
        var national = List.of(
                new Leaf(1, "数量指标", "数量指标", "产出指标"),
                new Leaf(2, "质量指标", "质量指标", "产出指标"),
                new Leaf(3, "社会效益指标", "社会效益指标", "效益指标"));
        var placement = TargetMatching.place(
                national,
                List.of(
                        new Target(1, "产出指标", "数量指标", "建成服务点"),
                        new Target(2, "产出指标", "数量指标", "投放自助设备"),
                        new Target(3, "效益指标", "社会效益指标", "24小时服务")));
        assertEquals(2, placement.byLeaf().get(1L).size());
        assertEquals(1, placement.byLeaf().get(3L).size());
    }
}
