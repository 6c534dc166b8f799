package cn.jixiao.portal.finding;

import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the checks read about one evaluation, loaded once ({@link ContextLoader}) or built in
 * memory by a test: the evaluation, its indicators and items, the records of its subject, which
 * indicators have a current evidence file, and the settings in force.
 */
public record EvaluationContext(
        Evaluation evaluation,
        List<EvaluationIndicator> indicators,
        List<EvaluationItem> items,
        SubjectRecords records,
        Set<Long> indicatorsWithEvidence,
        Settings settings) {

    /**
     * @param procurementThreshold the region's 采购限额标准 (万元)
     * @param lowExecutionRate 预算执行率 (percent) under which 优/良 is questioned
     * @param tolerance how far a stated figure may be from the records' and still agree
     */
    public record Settings(
            BigDecimal procurementThreshold, BigDecimal lowExecutionRate, BigDecimal tolerance, LocalDate today) {
        public static Settings defaults(LocalDate today) {
            return new Settings(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("0.01"), today);
        }
    }

    public EvaluationContext {
        indicators = List.copyOf(indicators);
        items = items == null ? List.of() : List.copyOf(items);
        indicatorsWithEvidence = indicatorsWithEvidence == null ? Set.of() : Set.copyOf(indicatorsWithEvidence);
    }

    /** Indicators with no children: the scored ones. */
    public List<EvaluationIndicator> leaves() {
        Set<Long> parents = new java.util.HashSet<>();
        indicators.forEach(i -> {
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        });
        return indicators.stream()
                .filter(i -> i.id == null || !parents.contains(i.id))
                .toList();
    }

    public List<EvaluationIndicator> children(Long parentId) {
        return indicators.stream()
                .filter(i -> parentId != null && parentId.equals(i.parentId))
                .toList();
    }

    public Optional<EvaluationIndicator> byId(Long id) {
        return indicators.stream().filter(i -> id != null && id.equals(i.id)).findFirst();
    }

    /** The level-1 indicator above (or at) this one. */
    public EvaluationIndicator root(EvaluationIndicator indicator) {
        EvaluationIndicator current = indicator;
        for (int guard = 0; guard < 5 && current.parentId != null; guard++) {
            Optional<EvaluationIndicator> parent = byId(current.parentId);
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    /** The path of names from level 1, e.g. "产出指标 › 时效指标 › 项目实施". */
    public String path(EvaluationIndicator indicator) {
        var names = new ArrayList<String>();
        EvaluationIndicator current = indicator;
        for (int guard = 0; guard < 5 && current != null; guard++) {
            names.add(0, current.name);
            current = current.parentId == null ? null : byId(current.parentId).orElse(null);
        }
        return String.join(" › ", names);
    }

    /** The figures of the records (a few divisions: computed when asked). */
    public Map<String, RecordFigures.Figure> figures() {
        return RecordFigures.of(records);
    }
}
