package cn.jixiao.platform.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.web.ApiError;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateParametersTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("spentOn") LocalDate spentOn) {}

    private jakarta.ws.rs.ext.ParamConverter<LocalDate> converter() throws Exception {
        Annotation[] annotations = DateParametersTest.class.getDeclaredMethod("resource", LocalDate.class)
                .getParameterAnnotations()[0];
        return new DateParameters().getConverter(LocalDate.class, LocalDate.class, annotations);
    }

    @Test
    void anIsoDateIsTakenAndAnEmptyOneIsAbsent() throws Exception {
        assertEquals(LocalDate.of(2024, 5, 1), converter().fromString("2024-05-01"));
        assertNull(converter().fromString(""));
    }

    @Test
    void aBadOrUnstorableDateIsA400NamingTheParameter() throws Exception {
        var converter = converter();
        for (String value : List.of("2024-13-01", "yesterday", "0000-01-01", "+999999999-12-31", "-0001-01-01")) {
            var e = assertThrows(BadRequestException.class, () -> converter.fromString(value), value);
            assertEquals(400, e.getResponse().getStatus());
            ApiError body = (ApiError) e.getResponse().getEntity();
            assertEquals("spentOn", body.fields().getFirst().field(), value);
            assertTrue(body.message().contains("spentOn"), body.message());
        }
    }

    @Test
    void otherTypesAreLeftToTheirOwnConverters() {
        assertNull(new DateParameters().getConverter(String.class, String.class, new Annotation[0]));
    }
}
