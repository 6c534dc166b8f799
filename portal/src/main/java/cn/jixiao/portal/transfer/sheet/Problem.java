package cn.jixiao.portal.transfer.sheet;

/** What is wrong with a row, and under which column header the user will find it (null: the whole row). */
public record Problem(String header, String message) {}
