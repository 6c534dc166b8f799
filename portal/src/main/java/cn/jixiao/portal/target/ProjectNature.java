package cn.jixiao.portal.target;

/** 项目属性 of a target table: a new project or one continued from earlier years. */
public enum ProjectNature {
    NEW("新增项目"),
    CONTINUING("延续项目");

    private final String label;

    ProjectNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
