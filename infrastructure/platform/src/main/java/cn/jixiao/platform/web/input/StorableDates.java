package cn.jixiao.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;

/**
 * Dates and times read from JSON must lie in the years 1 to 9999: Java parses year 0,
 * {@code +999999999-12-31} and {@code -0001-01-01}, PostgreSQL cannot store them (a 500), and no
 * budget year is outside that range anyway.
 */
public final class StorableDates extends BeanDeserializerModifier {
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final Set<Class<?>> TYPES =
            Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        return TYPES.contains(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
    }

    /** The year of a date or time, or empty for other values. */
    static int year(Object value) {
        return switch (value) {
            case LocalDate date -> date.getYear();
            case LocalDateTime time -> time.getYear();
            case OffsetDateTime time -> time.getYear();
            case ZonedDateTime time -> time.getYear();
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).getYear();
            default -> FIRST_YEAR;
        };
    }

    public static boolean storable(Temporal value) {
        int year = year(value);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static String message(String field) {
        return "「" + field + "」的日期须在公元 1 年至 9999 年之间 (" + field + " must be a date in the years 1 to 9999)";
    }

    private static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Temporal temporal && !storable(temporal)) {
                String field = parser.currentName() == null ? "date" : parser.currentName();
                throw new UnstorableInputException(parser, message(field), value, value.getClass());
            }
            return value;
        }
    }
}
