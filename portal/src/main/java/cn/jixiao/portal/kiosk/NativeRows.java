package cn.jixiao.portal.kiosk;

import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Reading the rows of the kiosk pages' and summary's native SQL: columns come back as Object. */
public final class NativeRows {
    private NativeRows() {}

    @SuppressWarnings("unchecked")
    public static List<Object[]> objects(Query query) {
        return query.getResultList();
    }

    public static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }
}
