package cn.jixiao.portal.finding.narrative;

import java.util.Map;

/** Grade words as written (优秀, 良好, 合格 …) reduced to the four grades 优, 良, 中, 差. */
final class Grades {
    private static final Map<String, String> NORMAL =
            Map.of("优秀", "优", "优", "优", "良好", "良", "良", "良", "中等", "中", "中", "中", "合格", "中", "差", "差", "不合格", "差");

    private Grades() {}

    static String normal(String word) {
        return word == null ? null : NORMAL.get(word.strip());
    }
}
