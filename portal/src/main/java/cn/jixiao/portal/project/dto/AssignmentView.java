package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.people.Person;
import cn.jixiao.portal.project.ProjectAssignment;

/** An assigned evaluator: the username scripts rely on, and the person's name beside it. */
public record AssignmentView(long id, long projectId, String username, String name) {

    public static AssignmentView of(ProjectAssignment a, Person person) {
        return new AssignmentView(a.id, a.projectId, a.username, person.name());
    }
}
