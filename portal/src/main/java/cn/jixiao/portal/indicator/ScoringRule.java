package cn.jixiao.portal.indicator;

/**
 * How a level-3 indicator's score is found (评分规则). Every rule but {@link #MANUAL} computes a
 * score from the indicator's figures; a hand-entered score may still replace it, with a reason.
 */
public enum ScoringRule {
    /** 按完成比例: the weight times the completion (actual against target, capped at full marks). */
    PROPORTIONAL("按完成比例计分"),
    /** 分档: a share of the weight by the band the actual value falls in (满意度 ≥90% full, 80–90 …). */
    BANDS("分档计分"),
    /** 取自记录: the actual value is taken from the records (funds, kiosks, department books), then scored by completion or bands. */
    RECORD("取自业务记录"),
    /** 是/否: full marks when met, none otherwise. */
    YES_NO("是否达成"),
    /** 要点清单: the points of each criterion met, at most the weight. */
    CHECKLIST("按要点计分"),
    /** 人工评分: a person scores it and says why. */
    MANUAL("人工评分");

    private final String label;

    ScoringRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
