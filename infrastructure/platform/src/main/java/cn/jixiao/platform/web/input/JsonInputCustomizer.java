package cn.jixiao.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How every app reads JSON: a key given twice is an error (not "the last one wins"), strings hold
 * no control characters, and dates lie in years PostgreSQL can store. The refusals become 400
 * answers naming the field ({@link JsonInputErrors}).
 */
@Singleton
public class JsonInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("jixiao-storable-input")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .setDeserializerModifier(new StorableDates()));
    }
}
