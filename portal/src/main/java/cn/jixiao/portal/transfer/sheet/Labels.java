package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.tabular.Choice;
import java.util.List;

/**
 * The Chinese labels of the coded values in the books, as finance staff write them in Excel. The
 * codes are the ones the schema (V4) allows.
 */
public final class Labels {
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

    private Labels() {
    }
}
