package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The report-text rules' settings: a region may raise or lower their severities. */
@ConfigMapping(prefix = "jixiao.copies")
public interface CopyRules {
    /**
     * Jaccard similarity of 4-character shingles from which two paragraphs count as a copy. Measured on
     * the seeds: distinct paragraphs on the same topic (two regions' 政务服务 goals) share under 0.15; a
     * copy with its names, figures and a clause changed keeps 0.6 to 0.9. 0.5 sits between with room on
     * both sides.
     */
    @WithDefault("0.5")
    double threshold();

    /** Shorter paragraphs (characters after normalising) are not compared: headings and set phrases. */
    @WithDefault("40")
    int minChars();

    /**
     * A paragraph found in this many other reports or more is common wording (a policy citation every
     * report quotes), not a copy of one of them.
     */
    @WithDefault("5")
    int commonWordingReports();

    /** Severity of COPIED_PARAGRAPH. */
    @WithDefault("WARNING")
    Severity copiedParagraph();

    /** Severity of FOREIGN_BODY_TEXT: a report that speaks as another body is wrong, not merely similar. */
    @WithDefault("BLOCKING")
    Severity foreignBodyText();

    /**
     * Severity of FOREIGN_THEME: a theme the department has no project on may still be a joint task, so a
     * warning to explain rather than a block.
     */
    @WithDefault("WARNING")
    Severity foreignTheme();
}
