package cn.jixiao.portal.department;

/** A department as the API and pages show it. */
public record DepartmentView(long id, String code, String name, String shortName, String kind, String kindLabel) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.id, d.code, d.name, d.shortName, d.kind.name(), d.kind.label);
    }
}
