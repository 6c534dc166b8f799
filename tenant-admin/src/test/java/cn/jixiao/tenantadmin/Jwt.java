package cn.jixiao.tenantadmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the claims of a token Keycloak issued (the signature is Keycloak's business here). */
public final class Jwt {
    private Jwt() {}

    public static JsonNode claims(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    public static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        if (array != null) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }
}
