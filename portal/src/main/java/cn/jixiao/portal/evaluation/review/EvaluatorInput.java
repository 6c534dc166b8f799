package cn.jixiao.portal.evaluation.review;

/** A member of the evaluation group (seed 003's 评价人员: 姓名, 职称/职务, 单位), one of them the leader. */
public record EvaluatorInput(String name, String title, String unit, Boolean leader) {}
