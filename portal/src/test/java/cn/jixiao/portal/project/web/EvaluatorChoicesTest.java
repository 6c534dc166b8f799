package cn.jixiao.portal.project.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.people.Person;
import cn.jixiao.portal.project.dto.AssignmentView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorChoicesTest {
    private static final Person LI = new Person("li", "李 评审");
    private static final Person WANG_A = new Person("wang-a", "王 评审");
    private static final Person WANG_B = new Person("wang-b", "王 评审");

    @Test
    void offersTheRegionsEvaluatorsNotYetAssignedByNameAndTellsNamesakesApart() {
        var choices = EvaluatorChoices.of(
                Optional.of(List.of(LI, WANG_A, WANG_B)), List.of(new AssignmentView(1, 7, "li", "李 评审")));
        assertEquals(3, choices.inRegion());
        assertEquals(
                List.of(
                        new EvaluatorChoices.Choice("wang-a", "王 评审（wang-a）"),
                        new EvaluatorChoices.Choice("wang-b", "王 评审（wang-b）")),
                choices.choices());
    }

    @Test
    void anUnansweredQuestionIsNotAnEmptyRegion() {
        var unknown = EvaluatorChoices.of(Optional.empty(), List.of());
        assertFalse(unknown.available());
        var none = EvaluatorChoices.of(Optional.of(List.of()), List.of());
        assertEquals(0, none.inRegion());
        assertTrue(none.available());
    }
}
