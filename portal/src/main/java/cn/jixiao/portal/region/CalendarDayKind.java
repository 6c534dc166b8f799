package cn.jixiao.portal.region;

/** A configured exception to the Monday–Friday week: a public holiday, or a weekend day worked (调休). */
public enum CalendarDayKind {
    HOLIDAY("法定节假日"),
    WORKDAY("调休上班");

    public final String label;

    CalendarDayKind(String label) {
        this.label = label;
    }
}
