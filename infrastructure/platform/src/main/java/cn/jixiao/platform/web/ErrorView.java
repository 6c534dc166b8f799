package cn.jixiao.platform.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What an HTML error page shows: the status, its title in Chinese and English, the message, the fields at fault. */
@TemplateData
@TemplateData(target = ApiError.FieldError.class)
public record ErrorView(
        int status, String title, String englishTitle, String message, List<ApiError.FieldError> fields) {

    static ErrorView of(ApiError error) {
        var meaning = StatusMessages.of(error.status());
        String message = error.message() == null ? meaning.message() : error.message();
        return new ErrorView(
                error.status(),
                meaning.title(),
                meaning.englishTitle(),
                message,
                error.fields() == null ? List.of() : error.fields());
    }

    /** Where the page's "home" link leads. */
    public String home() {
        return "/";
    }
}
