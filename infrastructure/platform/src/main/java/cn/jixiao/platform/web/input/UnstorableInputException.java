package cn.jixiao.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that is well formed but that the apps refuse to store (a control character in a
 * text, a date PostgreSQL cannot hold); carries the message a person reads.
 */
public class UnstorableInputException extends InvalidFormatException {
    private final String personalMessage;

    public UnstorableInputException(JsonParser parser, String personalMessage, Object value, Class<?> type) {
        super(parser, personalMessage, value, type);
        this.personalMessage = personalMessage;
    }

    public String personalMessage() {
        return personalMessage;
    }
}
