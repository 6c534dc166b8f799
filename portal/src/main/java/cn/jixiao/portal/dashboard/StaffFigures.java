package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.profile.DepartmentProfile;

/** 编制数 and 实有人数, both categories (行政 + 事业) together. */
public record StaffFigures(int quota, int actual) {

    public static StaffFigures of(DepartmentProfile p) {
        return new StaffFigures(p.staffQuota(), p.staffActual());
    }
}
