package cn.jixiao.portal.ratio;

/** 编制数 and 实有人数, both categories (行政 + 事业) together. */
public record StaffFigures(int quota, int actual) {}
