package cn.jixiao.portal.web;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an HTML form field by field, collecting a Chinese (and English) message per field that
 * cannot be read, so the form can be shown again with the user's text and the messages beside it.
 */
public final class FormReader {
    private static final String REQUIRED = "必填 (required)";

    private final MultivaluedMap<String, String> form;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormReader(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    public String text(String field) {
        String value = form.getFirst(field);
        String text = value == null ? "" : value.strip();
        values.put(field, text);
        return text.isEmpty() ? null : text;
    }

    /** An amount; "1,011.16" and full-width digits are accepted as people type them. */
    public BigDecimal decimal(String field, boolean required) {
        String text = text(field);
        if (text == null) {
            return missing(field, required);
        }
        try {
            return new BigDecimal(normalizeDigits(text).replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "请输入数字 (must be a number)");
            return null;
        }
    }

    public Integer integer(String field, boolean required) {
        String text = text(field);
        if (text == null) {
            return missing(field, required);
        }
        try {
            return Integer.valueOf(normalizeDigits(text));
        } catch (NumberFormatException e) {
            errors.put(field, "请输入整数 (must be a whole number)");
            return null;
        }
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field);
        if (text == null) {
            return missing(field, required);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)");
            return null;
        }
    }

    /** Adds Bean Validation's messages, keeping a field's own reading error if it has one. */
    public <T> void addViolations(Set<ConstraintViolation<T>> violations) {
        for (var v : violations) {
            String path = v.getPropertyPath().toString();
            errors.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }
    }

    public void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** What the user typed, by field name. */
    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    private <T> T missing(String field, boolean required) {
        if (required) {
            errors.put(field, REQUIRED);
        }
        return null;
    }

    private static String normalizeDigits(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
