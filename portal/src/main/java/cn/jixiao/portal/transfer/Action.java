package cn.jixiao.portal.transfer;

/** What an import does with one row of the file. */
public enum Action {
    CREATE("新增"),
    UPDATE("更新"),
    UNCHANGED("不变"),
    INVALID("有错误");

    public final String label;

    Action(String label) {
        this.label = label;
    }
}
