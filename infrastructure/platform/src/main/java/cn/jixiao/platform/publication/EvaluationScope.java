package cn.jixiao.platform.publication;

/** What was evaluated: one project's spending or a department's spending as a whole. */
public enum EvaluationScope {
    PROJECT("项目支出"),
    DEPARTMENT("部门整体支出");

    private final String label;

    EvaluationScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
