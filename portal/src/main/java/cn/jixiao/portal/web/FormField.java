package cn.jixiao.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/** One input of an edit form as the shared form partial draws it: label, unit, text typed, message. */
@TemplateData
public record FormField(
        String name,
        String label,
        String english,
        String unit,
        String kind,
        boolean required,
        String value,
        String error) {

    /** The fields of one group (a fieldset) of a form. */
    @TemplateData
    public record Section(String title, List<FormField> fields) {}

    public static FormField of(
            String name,
            String label,
            String english,
            String unit,
            String kind,
            boolean required,
            Map<String, String> values,
            Map<String, String> errors) {
        return new FormField(
                name, label, english, unit, kind, required, values.getOrDefault(name, ""), errors.get(name));
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean multiline() {
        return "textarea".equals(kind);
    }

    /** The HTML input mode: a decimal keypad for amounts, digits for counts. */
    public String inputMode() {
        return switch (kind) {
            case "decimal" -> "decimal";
            case "integer" -> "numeric";
            default -> "text";
        };
    }
}
