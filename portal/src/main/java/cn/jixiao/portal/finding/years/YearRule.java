package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Rule;
import java.util.List;

/** One check a careful reader makes of this year's evaluation and report against last year's. */
public interface YearRule extends Rule {
    List<FindingDraft> run(YearInput input);
}
