package cn.jixiao.portal.department;

/** A department as the API and pages show it. */
public record DepartmentView(
        long id,
        String code,
        String name,
        String shortName,
        String kind,
        String kindLabel,
        Long parentId,
        String parentName,
        String budgetCode,
        String orgCode,
        boolean active,
        int version) {

    static DepartmentView of(Department d, String parentName) {
        return new DepartmentView(
                d.id,
                d.code,
                d.name,
                d.shortName,
                d.kind.name(),
                d.kind.label,
                d.parentId,
                parentName,
                d.budgetCode,
                d.orgCode,
                d.active,
                d.version);
    }
}
