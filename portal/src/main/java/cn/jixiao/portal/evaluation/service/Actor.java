package cn.jixiao.portal.evaluation.service;

/** Who makes a change: the signed-in user, or the demo loader at start. */
public record Actor(String username, String displayName) {
    public static final Actor DEMO = new Actor("演示数据", "演示数据");
}
