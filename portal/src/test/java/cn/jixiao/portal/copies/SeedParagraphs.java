package cn.jixiao.portal.copies;

/**
 * Paragraphs in our own words carrying the facts of the five published seed reports (who, what, the
 * figures), and copies of some with the small edits a copier makes: another body's name, this year's
 * figures, a clause added or dropped.
 */
final class SeedParagraphs {
    private SeedParagraphs() {}

    /** Seed 002 (保山市, 2018): the smart devices bought for the hall. */
    static final String BAOSHAN_DEVICES = "按照全省推进“互联网+政务服务”的部署，保山市的软件平台统一使用云南省开发的政务服务系统，本级只需采购政务大厅的智能化设备并加强信息安全建设："
            + "一是排队叫号机和智能查询终端等引导设备，二是自助服务终端、样表终端和证照打印终端等群众自助设备，"
            + "三是窗口使用的评价一体机和高拍仪，四是服务器正版操作系统、杀毒软件和数据备份系统。";

    /** The same paragraph in another region's report, names and one device changed, a clause dropped. */
    static final String BAOSHAN_DEVICES_COPIED =
            "按照全省推进“互联网+政务服务”的部署，岳阳市的软件平台统一使用湖南省开发的政务服务系统，本级只需采购政务大厅的智能化设备并加强信息安全建设："
                    + "一是排队叫号机和智能查询终端等引导设备，二是自助服务终端、样表终端和证照打印终端等群众自助设备，"
                    + "三是窗口使用的评价一体机和高拍仪。";

    /** Seed 003 (岳阳市, 2020): the 一窗受理 system, its funds and spending. */
    static final String YUEYANG_WINDOW = "岳阳市政务服务中心2020年实施“一窗受理”系统建设项目，市级财政安排资金358.392万元，当年全部到位，"
            + "全年支出107.5176万元，结余250.8744万元主要因系统尚未完成验收、合同尾款未付；项目实现了综合窗口统一收件、后台分类审批、统一窗口出件。";

    /** Seed 003's paragraph as another year's report would copy it: year and figures changed. */
    static final String YUEYANG_WINDOW_NEXT_YEAR = "岳阳市政务服务中心2021年实施“一窗受理”系统建设项目，市级财政安排资金120.5万元，当年全部到位，"
            + "全年支出98.3万元，结余22.2万元主要因系统尚未完成验收、合同尾款未付；项目实现了综合窗口统一收件、后台分类审批、统一窗口出件。";

    /** Seed 000 (伊金霍洛旗, 2022): the kiosk points and devices. */
    static final String YIJINHUOLUO_KIOSKS = "2022年伊金霍洛旗在阿勒腾席热镇布设6个政务服务自助服务点，共投放27台自助终端，由旗政务服务局、旗公安局、"
            + "旗市场监管局和旗就业和社会保险事业局分别采购，社区负责日常看管，第三方评价得分85.27分，等级为良。";

    /** Seed 001 (伊金霍洛旗, 2021): the bureau's whole spending. */
    static final String YIJINHUOLUO_SPENDING =
            "2021年度部门整体支出评价表明，该局预算完成率为81.38%，综合得分86.74分，评价等级为良；" + "主要问题是预算编制不够精细、年中调整较多，部分绩效指标未量化，佐证资料归集不完整。";

    /** Seed 004 (保山市, 2021): staffing and 三公经费 of the bureau. */
    static final String BAOSHAN_STAFF =
            "保山市政务服务管理局核定编制30名，年末实有在职人员34名，在职人员控制率113.33%；" + "全年三公经费支出1.41万元，比上年的3.04万元下降53.62%，预算7.30万元，控制率19.32%。";

    /** Same topic as {@link #YUEYANG_WINDOW}, another body's words: must not count as a copy. */
    static final String BAOSHAN_WINDOW_OWN_WORDS =
            "保山市政务服务管理局推行综合窗口改革，把分散在各部门的办事窗口整合为无差别受理窗口，" + "群众办事只需到一个窗口递交材料，由后台按事项分送各审批科室办理，办结后仍在综合窗口领取结果。";

    /** Same topic as {@link #YIJINHUOLUO_KIOSKS} in other words: must not count as a copy. */
    static final String BAOSHAN_KIOSKS_OWN_WORDS =
            "为方便群众就近办事，保山市在政务大厅和部分街道设置了自助服务区，群众可以自助查询办事指南、" + "打印社保和不动产证明，设备由供应商负责维护，使用情况按月统计报送市政务服务管理局。";

    static final String[] ORIGINALS = {
        BAOSHAN_DEVICES, YUEYANG_WINDOW, YIJINHUOLUO_KIOSKS, YIJINHUOLUO_SPENDING, BAOSHAN_STAFF
    };
}
