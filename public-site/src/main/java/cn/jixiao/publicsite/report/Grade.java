package cn.jixiao.publicsite.report;

/** 评价等级: the grade a performance evaluation ends with, as the disclosure pages name it. */
public enum Grade {
    EXCELLENT("优", "Excellent"),
    GOOD("良", "Good"),
    FAIR("中", "Fair"),
    POOR("差", "Poor");

    private final String label;
    private final String english;

    Grade(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The one-character Chinese label: 优, 良, 中 or 差. */
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** Null-safe parse of the database value. */
    public static Grade of(String value) {
        return value == null ? null : valueOf(value);
    }
}
