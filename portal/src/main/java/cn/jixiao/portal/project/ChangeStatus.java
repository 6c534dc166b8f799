package cn.jixiao.portal.project;

public enum ChangeStatus {
    REQUESTED("待审批"),
    APPROVED("已批准"),
    REJECTED("已驳回");

    public final String label;

    ChangeStatus(String label) {
        this.label = label;
    }
}
