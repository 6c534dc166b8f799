package cn.jixiao.portal.people;

/** A third-party evaluation firm: a Keycloak organization of its own (attribute kind = evaluation-firm). */
public record EvaluationFirm(String alias, String name) {
    public static final String KIND_ATTRIBUTE = "kind";
    public static final String KIND = "evaluation-firm";
}
