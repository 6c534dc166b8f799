package cn.jixiao.portal.department;

import java.util.List;

/** One page of the tenant's departments. */
public record DepartmentPage(List<DepartmentView> items, long total, int page, int size, String sort) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
