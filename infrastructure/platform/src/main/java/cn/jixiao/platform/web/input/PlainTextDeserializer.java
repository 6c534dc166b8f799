package cn.jixiao.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Every JSON string the apps read: refused when it holds a control character other than tab, CR, LF. */
class PlainTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        var control = TextRules.forbiddenControl(value);
        if (control.isPresent()) {
            String field = parser.currentName() == null ? "value" : parser.currentName();
            throw new UnstorableInputException(
                    parser, TextRules.controlMessage(field, control.getAsInt()), value, String.class);
        }
        return value;
    }
}
