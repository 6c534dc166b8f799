package cn.jixiao.portal.evaluation;

/** Who signs an opinion in the sign-off block (seed 003): the project unit, its competent department, finance. */
public enum OpinionRole {
    PROJECT_UNIT("项目单位意见"),
    COMPETENT_DEPARTMENT("主管部门意见"),
    FINANCE("财政部门意见");

    private final String label;

    OpinionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
