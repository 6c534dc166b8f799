package cn.jixiao.portal.finding.narrative;

/** What a figure written in a narrative measures, by its unit. */
public enum FigureKind {
    /** A percentage: 预算执行率为100.00%. */
    RATE,
    /** Money, normalised to 万元: 200万元, 1,860,480.00元. */
    AMOUNT,
    /** A count of things or people: 27台, 34人, 1317项. */
    COUNT,
    /** Points: 总分86.74分, 得11.55分. */
    SCORE,
    /** A grade word: 等级为“良”. */
    GRADE
}
