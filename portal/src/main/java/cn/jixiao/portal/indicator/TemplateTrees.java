package cn.jixiao.portal.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders a template's indicators as a reader follows them: a parent, then its children in order. */
final class TemplateTrees {
    private TemplateTrees() {}

    static List<IndicatorView> depthFirst(List<IndicatorView> indicators) {
        Map<String, List<IndicatorView>> children = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            children.computeIfAbsent(i.parentKey() == null ? "" : i.parentKey(), k -> new ArrayList<>())
                    .add(i);
        }
        children.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.position(), b.position())));
        List<IndicatorView> out = new ArrayList<>(indicators.size());
        walk("", children, out);
        return out;
    }

    private static void walk(String key, Map<String, List<IndicatorView>> children, List<IndicatorView> out) {
        for (IndicatorView i : children.getOrDefault(key, List.of())) {
            out.add(i);
            walk(i.key(), children, out);
        }
    }
}
