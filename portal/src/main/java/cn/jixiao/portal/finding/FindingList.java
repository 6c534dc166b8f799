package cn.jixiao.portal.finding;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A page of findings with the counts of everything the filter matches, by check and by department.
 */
@TemplateData
public record FindingList(
        List<FindingView> items,
        long total,
        int page,
        int size,
        List<CodeCount> byCode,
        List<DepartmentCount> byDepartment) {

    @TemplateData
    public record CodeCount(String code, String label, long count) {}

    @TemplateData
    public record DepartmentCount(Long departmentId, String departmentName, long count) {}

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
