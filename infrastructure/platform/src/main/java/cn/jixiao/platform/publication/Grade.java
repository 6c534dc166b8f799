package cn.jixiao.platform.publication;

import java.math.BigDecimal;

/**
 * 评价等级: the grade a performance evaluation ends with, as the disclosure pages name it. The
 * bands are the national rule for budget performance evaluation: 90 points and more 优, 80 to
 * under 90 良, 60 to under 80 中, under 60 差.
 */
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

    private static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD_FROM = BigDecimal.valueOf(80);
    private static final BigDecimal FAIR_FROM = BigDecimal.valueOf(60);

    /** The grade of a score out of 100 (89.99 is 良, 90 is 优); none for no score. */
    public static Grade forScore(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(EXCELLENT_FROM) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(GOOD_FROM) >= 0) {
            return GOOD;
        }
        return score.compareTo(FAIR_FROM) >= 0 ? FAIR : POOR;
    }

    /** Null-safe parse of the database value. */
    public static Grade of(String value) {
        return value == null ? null : valueOf(value);
    }
}
