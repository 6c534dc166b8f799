package cn.jixiao.portal.department;

import cn.jixiao.portal.department.Department.DepartmentSort;
import cn.jixiao.portal.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads the current tenant's departments; both tenancy locks keep other regions' rows out. */
@ApplicationScoped
public class DepartmentDirectory {
    @Transactional
    public Paged<DepartmentView> page(int page, int size, String sort) {
        var order = DepartmentSort.parse(sort);
        var items = Department.listPage(order, page, size).stream()
                .map(DepartmentView::of)
                .toList();
        return new Paged<>(items, Department.count(), page, size, order.name().toLowerCase());
    }

    @Transactional
    public Optional<DepartmentView> byId(long id) {
        return Department.<Department>findByIdOptional(id).map(DepartmentView::of);
    }

    @Transactional
    public Optional<DepartmentView> byCode(String code) {
        return Department.findByCode(code).map(DepartmentView::of);
    }
}
