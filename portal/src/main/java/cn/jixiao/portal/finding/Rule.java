package cn.jixiao.portal.finding;

/**
 * What every rule that makes findings says about itself: the evaluation checks ({@link Check}) and the
 * checks of a report's narrative ({@code narrative.NarrativeRule}) are listed, filtered and labelled the
 * same way.
 */
public interface Rule {
    /** The finding code, e.g. {@code ACTUAL_DIFFERS_FROM_RECORDS}. */
    String code();

    /** Blocking (stops submission or publication until fixed or explained) or a warning. */
    Severity severity();

    /** What it checks, as a finance officer would say it (Chinese, then English). */
    String description();
}
