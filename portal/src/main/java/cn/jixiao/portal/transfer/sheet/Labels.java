package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.project.EconomicClasses;
import cn.jixiao.portal.tabular.Choice;
import java.util.List;

/**
 * The Chinese labels of the coded values in the books, as finance staff write them in Excel. The
 * codes are the ones the schema (V4) allows.
 */
public final class Labels {
    /** 政府支出经济分类 (EconomicClasses): written "30226 劳务费", read as that, the code or the name. */
    public static final List<Choice> ECONOMIC_CLASSES = EconomicClasses.all().stream()
            .map(e -> Choice.of(e.code(), e.label(), e.code(), e.name()))
            .toList();

    /** 资金来源级次 (FundingLevel). */
    public static final List<Choice> FUNDING_LEVELS = List.of(
            Choice.of("CENTRAL", "中央", "中央级", "中央资金"),
            Choice.of("PROVINCIAL", "省", "省级", "省级资金"),
            Choice.of("MUNICIPAL", "市", "市级", "市级资金"),
            Choice.of("COUNTY", "县", "县级", "县级资金", "旗", "旗级", "区", "区级"),
            Choice.of("OTHER", "其它", "其他", "其他资金"));

    /** 采购方式 (ProcurementMethod). */
    public static final List<Choice> PROCUREMENT_METHODS = List.of(
            Choice.of("OPEN_TENDER", "公开招标"),
            Choice.of("INVITED_TENDER", "邀请招标"),
            Choice.of("COMPETITIVE_CONSULTATION", "竞争性磋商"),
            Choice.of("COMPETITIVE_NEGOTIATION", "竞争性谈判"),
            Choice.of("INQUIRY", "询价", "询价采购"),
            Choice.of("SINGLE_SOURCE", "单一来源", "单一来源采购"),
            Choice.of("DECENTRALIZED", "分散采购", "自行采购"),
            Choice.of("OTHER", "其他", "其它"));

    /** 验收结果 (Acceptance). */
    public static final List<Choice> ACCEPTANCE_RESULTS = List.of(
            Choice.of("PASSED", "合格", "验收合格", "通过"),
            Choice.of("FAILED", "不合格", "验收不合格", "未通过"),
            Choice.of("PENDING", "待验收", "未验收"));

    /** 部门类型 (DepartmentKind). */
    public static final List<Choice> DEPARTMENT_KINDS = List.of(
            Choice.of("BUREAU", "部门", "局", "委", "办", "局/委/办", "部门 (局/委/办)"),
            Choice.of("UNIT", "单位", "下属单位", "二级单位"),
            Choice.of("CENTER", "中心"),
            Choice.of("TOWN", "镇/街道", "镇", "街道", "苏木", "乡"),
            Choice.of("COMMUNITY", "社区", "社区/嘎查村", "嘎查", "村"),
            Choice.of("OTHER", "其他", "其它", "其他单位"));

    /** 部门状态 (active or not). */
    public static final List<Choice> ACTIVE =
            List.of(Choice.of("true", "在用", "启用", "是"), Choice.of("false", "已停用", "停用", "否"));

    /** 服务点状态 (PointStatus), by the enum's own labels. */
    public static final List<Choice> POINT_STATUSES = List.of(
            Choice.of(PointStatus.PLANNED.name(), PointStatus.PLANNED.label, "规划", "计划建设"),
            Choice.of(PointStatus.UNDER_CONSTRUCTION.name(), PointStatus.UNDER_CONSTRUCTION.label, "在建", "建设"),
            Choice.of(PointStatus.IN_SERVICE.name(), PointStatus.IN_SERVICE.label, "投入使用", "运行中", "已运行"),
            Choice.of(PointStatus.CLOSED.name(), PointStatus.CLOSED.label, "关闭", "停用"));

    /** 设备状态 (DeviceStatus), by the enum's own labels. */
    public static final List<Choice> DEVICE_STATUSES = List.of(
            Choice.of(DeviceStatus.ORDERED.name(), DeviceStatus.ORDERED.label, "订购", "已采购"),
            Choice.of(DeviceStatus.DELIVERED.name(), DeviceStatus.DELIVERED.label, "到货"),
            Choice.of(DeviceStatus.INSTALLED.name(), DeviceStatus.INSTALLED.label, "安装"),
            Choice.of(DeviceStatus.TRIAL_RUN.name(), DeviceStatus.TRIAL_RUN.label, "试运行中"),
            Choice.of(DeviceStatus.ACCEPTED.name(), DeviceStatus.ACCEPTED.label, "验收"),
            Choice.of(DeviceStatus.IN_SERVICE.name(), DeviceStatus.IN_SERVICE.label, "已投入使用", "使用中"),
            Choice.of(DeviceStatus.FAULTY.name(), DeviceStatus.FAULTY.label, "故障中"),
            Choice.of(DeviceStatus.RETIRED.name(), DeviceStatus.RETIRED.label, "报废"));

    /** 验收结论 of a device (AcceptanceOutcome). */
    public static final List<Choice> DEVICE_ACCEPTANCE = List.of(
            Choice.of(AcceptanceOutcome.PASSED.name(), "合格", AcceptanceOutcome.PASSED.label, "通过"),
            Choice.of(AcceptanceOutcome.FAILED.name(), "不合格", AcceptanceOutcome.FAILED.label, "未通过"));

    /** 是/否, stored as the text of a boolean. */
    public static final List<Choice> YES_NO =
            List.of(Choice.of("true", "是", "Y", "yes", "24小时"), Choice.of("false", "否", "N", "no"));

    private Labels() {}
}
