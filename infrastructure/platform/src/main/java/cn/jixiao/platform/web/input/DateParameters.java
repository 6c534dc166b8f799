package cn.jixiao.platform.web.input;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.platform.web.ErrorResponses;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A date in a query, path or form parameter ({@code ?on=2024-05-01}): an ISO date in the years 1 to
 * 9999, else a 400 naming the parameter (JAX-RS would answer a bad one with 404, and a year
 * PostgreSQL cannot store with a 500).
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new LocalDateConverter(parameterName(annotations));
    }

    static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = switch (annotation) {
                case QueryParam query -> query.value();
                case PathParam path -> path.value();
                case FormParam form -> form.value();
                case HeaderParam header -> header.value();
                case RestQuery query -> query.value();
                case RestPath path -> path.value();
                case RestForm form -> form.value();
                default -> "";
            };
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "date";
    }

    record LocalDateConverter(String parameter) implements ParamConverter<LocalDate> {

        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw refused("「" + parameter + "」须为 YYYY-MM-DD 格式的日期 (" + parameter + " must be a date: YYYY-MM-DD)");
            }
            if (!StorableDates.storable(date)) {
                throw refused(StorableDates.message(parameter));
            }
            return date;
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }

        private BadRequestException refused(String message) {
            return new BadRequestException(ErrorResponses.json(
                    new ApiError(400, "invalid", message, List.of(new ApiError.FieldError(parameter, message)))));
        }
    }
}
