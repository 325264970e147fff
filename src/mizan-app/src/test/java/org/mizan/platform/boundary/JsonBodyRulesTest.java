package org.mizan.platform.boundary;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;
import org.mizan.platform.control.InvalidInput;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyRulesTest {

    private static InvalidInput refused(String json, JsonParser.Event expected) {
        return assertThrows(InvalidInput.class, () -> JsonBodyRules.check(json.getBytes(StandardCharsets.UTF_8), expected));
    }

    private static String field(String json) {
        InvalidInput invalid = refused(json, JsonParser.Event.START_OBJECT);
        return invalid.errors().get(0).field();
    }

    @Test
    void aControlCharacterIsRefusedNamingItsField() {
        assertEquals("narrative", field("{\"narrative\":\"a\\u0000b\"}"));
        assertEquals("sources[1].description", field("{\"sources\":[{\"description\":\"ok\"},{\"description\":\"\\u001b\"}]}"));
        InvalidInput key = refused("{\"a\\u0000\":1}", null);
        assertEquals("validation.controlCharacters", key.errors().get(0).messageKey());
        assertEquals("?", key.errors().get(0).field(), "a name with control characters is not echoed into the answer or the log");
    }

    @Test
    void paragraphsAndArabicAreText() {
        assertDoesNotThrow(() -> JsonBodyRules.check("{\"narrative\":\"سطر\\nسطر\\r\\n\\tو\"}".getBytes(StandardCharsets.UTF_8),
                JsonParser.Event.START_OBJECT));
    }

    @Test
    void aNullInsideAnArrayIsRefusedButANullFieldIsNot() {
        assertEquals("violationTypes[0]", field("{\"violationTypes\":[null]}"));
        assertEquals("parties[0].phones[2]", field("{\"parties\":[{\"phones\":[\"1\",\"2\",null]}]}"));
        assertDoesNotThrow(() -> JsonBodyRules.check("{\"url\":null,\"tags\":[]}".getBytes(StandardCharsets.UTF_8),
                JsonParser.Event.START_OBJECT));
    }

    @Test
    void theTopMustBeWhatTheEndpointTakes() {
        for (String body : new String[]{"[]", "null", "\"s\"", "123"}) {
            assertEquals("validation.bodyObject", refused(body, JsonParser.Event.START_OBJECT).errors().get(0).messageKey(), body);
        }
        assertEquals("validation.bodyArray", refused("{}", JsonParser.Event.START_ARRAY).errors().get(0).messageKey());
    }

    @Test
    void deepNestingIsRefusedBeforeAnyBinding() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertEquals("validation.tooDeep", refused(deep, JsonParser.Event.START_OBJECT).errors().get(0).messageKey());
        assertDoesNotThrow(() -> JsonBodyRules.check("{\"a\":{\"b\":[{\"c\":[1]}]}}".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void notJsonIsLeftToTheMalformedBodyAnswer() {
        assertThrows(JsonParsingException.class, () -> JsonBodyRules.check("{\"a\":".getBytes(StandardCharsets.UTF_8), null));
    }
}
