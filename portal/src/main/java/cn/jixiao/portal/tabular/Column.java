package cn.jixiao.portal.tabular;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One column of a sheet: the key the code uses, the Chinese header people see (with other headers
 * accepted on import), the type, whether it is required, and its bounds. Built with the static
 * factories and refined with the {@code with…} methods, e.g.
 * {@code Column.money("amount", "金额（万元）").required().positive().aliases("金额")}.
 */
public record Column(
        String key,
        String header,
        List<String> aliases,
        ColumnType type,
        boolean isRequired,
        BigDecimal min,
        boolean minExclusive,
        BigDecimal max,
        int maxLength,
        List<Choice> choices,
        boolean isExportOnly) {

    /** numeric(16,6): ten digits before the point. */
    public static final BigDecimal MONEY_MAX = new BigDecimal("9999999999.999999");

    public static final int MONEY_SCALE = 6;
    static final int DEFAULT_MAX_LENGTH = 200;

    public static Column text(String key, String header) {
        return new Column(
                key,
                header,
                List.of(),
                ColumnType.TEXT,
                false,
                null,
                false,
                null,
                DEFAULT_MAX_LENGTH,
                List.of(),
                false);
    }

    /** Money in 万元: not negative, at most 6 decimals. */
    public static Column money(String key, String header) {
        return new Column(
                key,
                header,
                List.of(),
                ColumnType.DECIMAL,
                false,
                BigDecimal.ZERO,
                false,
                MONEY_MAX,
                0,
                List.of(),
                false);
    }

    /** An exact decimal between {@code min} and {@code max}, at most 6 decimals (e.g. a longitude). */
    public static Column decimal(String key, String header, String min, String max) {
        return new Column(
                key,
                header,
                List.of(),
                ColumnType.DECIMAL,
                false,
                new BigDecimal(min),
                false,
                new BigDecimal(max),
                0,
                List.of(),
                false);
    }

    public static Column integer(String key, String header, long min, long max) {
        return new Column(
                key,
                header,
                List.of(),
                ColumnType.INTEGER,
                false,
                BigDecimal.valueOf(min),
                false,
                BigDecimal.valueOf(max),
                0,
                List.of(),
                false);
    }

    public static Column date(String key, String header) {
        return new Column(key, header, List.of(), ColumnType.DATE, false, null, false, null, 0, List.of(), false);
    }

    public static Column choice(String key, String header, List<Choice> choices) {
        return new Column(
                key, header, List.of(), ColumnType.CHOICE, false, null, false, null, 0, List.copyOf(choices), false);
    }

    public Column required() {
        return new Column(key, header, aliases, type, true, min, minExclusive, max, maxLength, choices, isExportOnly);
    }

    public Column aliases(String... more) {
        return new Column(
                key, header, List.of(more), type, isRequired, min, minExclusive, max, maxLength, choices, isExportOnly);
    }

    /** The value must be greater than zero (an expenditure of 0 万元 is not an expenditure). */
    public Column positive() {
        return new Column(
                key, header, aliases, type, isRequired, BigDecimal.ZERO, true, max, maxLength, choices, isExportOnly);
    }

    public Column maxLength(int length) {
        return new Column(
                key, header, aliases, type, isRequired, min, minExclusive, max, length, choices, isExportOnly);
    }

    /** Written on export to help people read the sheet (e.g. a department's name); ignored on import. */
    public Column exportOnly() {
        return new Column(key, header, aliases, type, false, min, minExclusive, max, maxLength, choices, true);
    }

    /** Whether a header cell, as typed, names this column. */
    public boolean matches(String typedHeader) {
        String wanted = Headers.normalize(typedHeader);
        return Stream.concat(Stream.of(header), aliases.stream())
                .map(Headers::normalize)
                .anyMatch(wanted::equals);
    }

    public Optional<Choice> choiceByLabel(String text) {
        String wanted = Headers.normalize(text);
        return choices.stream()
                .filter(c -> Headers.normalize(c.label()).equals(wanted)
                        || Headers.normalize(c.code()).equals(wanted)
                        || c.aliases().stream().map(Headers::normalize).anyMatch(wanted::equals))
                .findFirst();
    }

    public Optional<Choice> choiceByCode(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String choiceLabels() {
        return String.join("、", choices.stream().map(Choice::label).toList());
    }
}
