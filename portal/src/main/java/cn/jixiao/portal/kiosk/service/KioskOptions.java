package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Choices the kiosk forms share: the region's departments by name. */
@ApplicationScoped
public class KioskOptions {

    /** The departments, {@code selected} marked (null: none). */
    @Transactional
    public List<Option> departments(Long selected) {
        return Department.<Department>listAll(Sort.by("name")).stream()
                .map(d -> new Option(String.valueOf(d.id), d.name, d.id.equals(selected)))
                .toList();
    }
}
