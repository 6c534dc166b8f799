package cn.jixiao.portal.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Optional query parameters read from text, so that a wrong value is a 400 naming the parameter and
 * saying what it takes, not the bare 404 JAX-RS gives when it cannot convert one. An empty value means
 * "not given".
 */
public final class QueryParams {
    private QueryParams() {}

    /** A record's id, or null. */
    public static Long id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,18}")) {
            throw Refusals.invalid(name, name + " 应为数字编号 (" + name + " must be a numeric id)");
        }
        return Long.valueOf(value.strip());
    }

    /** A year to filter by (four digits), or null. */
    public static Integer year(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.strip().matches("[0-9]{4}")) {
            throw Refusals.invalid(name, name + " 应为四位数字的年度，如 2022 (" + name + " must be a year such as 2022)");
        }
        return Integer.valueOf(value.strip());
    }

    /** One of an enum's codes, or null; {@code label} names the parameter for people (服务点状态). */
    public static <E extends Enum<E>> E choice(String name, String label, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            throw Refusals.invalid(
                    name, label + " " + name + " 应为以下之一：" + allowed + " (" + name + " must be one of " + allowed + ")");
        }
    }

    /** An import's mode: true to save (commit), false to check only (preview, the default). */
    public static boolean commitMode(String mode) {
        if (blank(mode) || "preview".equals(mode)) {
            return false;
        }
        if ("commit".equals(mode)) {
            return true;
        }
        throw Refusals.invalid("mode", "mode 只能是 preview 或 commit (mode must be preview or commit)");
    }

    /** A yes/no switch: true or false, absent meaning false. */
    public static boolean flag(String name, String value) {
        if (blank(value) || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip())) {
            return true;
        }
        throw Refusals.invalid(name, name + " 只能是 true 或 false (" + name + " must be true or false)");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
