package cn.jixiao.portal.project.web;

import cn.jixiao.portal.people.Person;
import cn.jixiao.portal.project.dto.AssignmentView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the assignment form offers: this region's evaluators not yet assigned to the project, by name.
 * {@code available} is false when Keycloak could not be asked; {@code inRegion} tells "the region has no
 * evaluator" from "all of them are assigned".
 */
public record EvaluatorChoices(boolean available, int inRegion, List<Choice> choices) {

    /** One option: the username it sends, and the name shown (with the username when two share a name). */
    public record Choice(String username, String label) {}

    static EvaluatorChoices of(Optional<List<Person>> evaluators, List<AssignmentView> assigned) {
        if (evaluators.isEmpty()) {
            return new EvaluatorChoices(false, 0, List.of());
        }
        List<Person> all = evaluators.get();
        Set<String> taken = assigned.stream().map(AssignmentView::username).collect(Collectors.toSet());
        Map<String, Long> sameName = all.stream().collect(Collectors.groupingBy(Person::name, Collectors.counting()));
        Function<Person, String> label =
                p -> sameName.get(p.name()) > 1 ? p.name() + "（" + p.username() + "）" : p.name();
        List<Choice> choices = all.stream()
                .filter(p -> !taken.contains(p.username()))
                .map(p -> new Choice(p.username(), label.apply(p)))
                .toList();
        return new EvaluatorChoices(true, all.size(), choices);
    }

    static EvaluatorChoices none() {
        return new EvaluatorChoices(true, 0, List.of());
    }
}
