package cn.jixiao.platform.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON rules every app reads with (JsonInputCustomizer) and how a refusal is told (JsonProblems). */
class JsonInputTest {
    record Entry(String note, LocalDate spentOn, long amount, List<String> tags) {}

    record Book(String name, List<Entry> entries) {}

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        var mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule()); // as Quarkus registers it, before the customizers
        new JsonInputCustomizer().customize(mapper);
        return mapper;
    }

    private ApiError refusal(String json, Class<?> type) {
        var e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        ApiError error = JsonProblems.describe(e);
        assertEquals(400, error.status());
        assertNoInternals(error.message());
        return error;
    }

    private static void assertNoInternals(String message) {
        for (String marker : List.of("Exception", "com.fasterxml", "java.", "cn.jixiao", "at [Source")) {
            assertFalse(message.contains(marker), "parser internals in: " + message);
        }
    }

    @Test
    void aRepeatedKeyIsRefusedNamingTheKey() {
        ApiError error = refusal("{\"note\":\"a\",\"note\":\"b\"}", Entry.class);
        assertEquals("note", error.fields().getFirst().field());
        assertTrue(error.message().contains("「note」"), error.message());
    }

    @Test
    void aNulCharacterInAStringIsRefusedNamingTheField() {
        ApiError error = refusal("{\"name\":\"x\",\"entries\":[{\"note\":\"a\\u0000b\"}]}", Book.class);
        assertEquals("entries[0].note", error.fields().getFirst().field());
        assertTrue(error.message().contains("U+0000"), error.message());
    }

    @Test
    void otherControlCharactersAreRefusedButTabAndNewLinesAreTaken() throws Exception {
        refusal("{\"note\":\"a\\u001bb\"}", Entry.class);
        refusal("{\"tags\":[\"ok\",\"a\\u0007\"]}", Entry.class);
        assertEquals(
                "第一行\n第二行\t完",
                mapper.readValue("{\"note\":\"第一行\\n第二行\\t完\"}", Entry.class).note());
    }

    @Test
    void datesPostgresqlCannotStoreAreRefusedNamingTheField() throws Exception {
        for (String date : List.of("0000-01-01", "+999999999-12-31", "-0001-06-01", "+10000-01-01")) {
            ApiError error = refusal("{\"spentOn\":\"" + date + "\"}", Entry.class);
            assertEquals("spentOn", error.fields().getFirst().field(), date);
        }
        assertEquals(
                LocalDate.of(1, 1, 1),
                mapper.readValue("{\"spentOn\":\"0001-01-01\"}", Entry.class).spentOn());
        assertEquals(
                LocalDate.of(9999, 12, 31),
                mapper.readValue("{\"spentOn\":\"9999-12-31\"}", Entry.class).spentOn());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() {
        assertEquals(
                "amount",
                refusal("{\"amount\":\"many\"}", Entry.class)
                        .fields()
                        .getFirst()
                        .field());
        assertEquals(
                "entries",
                refusal("{\"entries\":{}}", Book.class).fields().getFirst().field());
    }

    @Test
    void numbersOutOfRangeAndBrokenJsonAreToldWithoutParserText() {
        refusal("{\"amount\":9223372036854775808}", Entry.class);
        ApiError broken = refusal("{\"note\":", Entry.class);
        assertEquals("invalid_json", broken.error());
        assertTrue(broken.message().contains("JSON 格式有误"), broken.message());
    }
}
