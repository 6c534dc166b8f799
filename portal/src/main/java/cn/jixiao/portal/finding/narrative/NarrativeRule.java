package cn.jixiao.portal.finding.narrative;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Rule;
import java.util.List;

/** One check a careful reader makes of what a report's narrative states. */
public interface NarrativeRule extends Rule {
    List<FindingDraft> run(NarrativeInput input);
}
