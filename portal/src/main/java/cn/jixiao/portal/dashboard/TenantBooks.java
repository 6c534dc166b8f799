package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.RatioSet;
import java.util.List;

/** Every department of a region for one year, and the region's own ratios over them. */
public record TenantBooks(int year, String tenantCode, List<DepartmentBooks> departments, RatioSet total) {

    public int departmentsWithBooks() {
        return (int) departments.stream().filter(DepartmentBooks::hasBooks).count();
    }

    public boolean empty() {
        return departmentsWithBooks() == 0;
    }
}
