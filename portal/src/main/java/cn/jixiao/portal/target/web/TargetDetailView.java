package cn.jixiao.portal.target.web;

import cn.jixiao.portal.target.ProjectNature;
import cn.jixiao.portal.target.TargetRules;
import cn.jixiao.portal.target.dto.TargetView;
import cn.jixiao.portal.web.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One target table as its page shows it, with the choices its form offers. */
public record TargetDetailView(TargetView target) {
    /** 一级指标 with the 二级指标 it allows, for the indicator rows' selects. */
    public record Level(String name, List<String> level2s) {}

    public static TargetDetailView of(TargetView target) {
        return new TargetDetailView(target);
    }

    public List<Level> levels() {
        return TargetRules.LEVELS.entrySet().stream()
                .map(e -> new Level(e.getKey(), e.getValue()))
                .toList();
    }

    /** The comparators as stored (value) and as printed (label). */
    public List<Option> comparators() {
        return List.of(
                new Option("", "—", false),
                new Option(">=", "≥", false),
                new Option("<=", "≤", false),
                new Option("=", "=", false),
                new Option(">", ">", false),
                new Option("<", "<", false));
    }

    public List<Option> natures() {
        return Arrays.stream(ProjectNature.values())
                .map(n -> new Option(n.name(), n.label(), n.name().equals(target.projectNature())))
                .toList();
    }

    public String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String funds(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " 万元";
    }

    /** Whether the page shows any review action. */
    public boolean anyAction() {
        var a = target.actions();
        return a.canSubmit() || a.canDecide() || a.canRevise();
    }
}
