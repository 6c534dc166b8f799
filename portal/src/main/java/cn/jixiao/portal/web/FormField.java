package cn.jixiao.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * One input of a JSON form as the shared {@code formField} tag draws it: label, unit and the stored
 * value. The API checks what is sent; static/json-forms.js puts its messages beside the input.
 */
@TemplateData
public record FormField(
        String name, String label, String english, String unit, Kind kind, boolean required, String value) {

    /** What the input takes, which decides its type, keypad and how json-forms sends it. */
    public enum Kind {
        TEXT,
        TEXTAREA,
        DATE,
        DECIMAL,
        INTEGER
    }

    /** The fields of one group (a fieldset) of a form. */
    @TemplateData
    public record Section(String title, List<FormField> fields) {}

    public static FormField of(
            String name,
            String label,
            String english,
            String unit,
            Kind kind,
            boolean required,
            Map<String, String> values) {
        return new FormField(name, label, english, unit, kind, required, values.getOrDefault(name, ""));
    }

    public boolean multiline() {
        return kind == Kind.TEXTAREA;
    }

    public boolean numeric() {
        return kind == Kind.DECIMAL || kind == Kind.INTEGER;
    }

    public String inputType() {
        return kind == Kind.DATE ? "date" : "text";
    }

    /** The HTML input mode: a decimal keypad for amounts, digits for counts. */
    public String inputMode() {
        return switch (kind) {
            case DECIMAL -> "decimal";
            case INTEGER -> "numeric";
            default -> "text";
        };
    }
}
