package org.mizan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document as the server serves it: valid, standard, and the contract checked in beside the code. */
@ExtendWith(MizanServerExtension.class)
class OpenApiDocumentIT {

    /** The top-level keys the OpenAPI 3.0 specification defines. */
    private static final Set<String> STANDARD_KEYS = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");

    private final Api api;

    OpenApiDocumentIT(Api api) {
        this.api = api;
    }

    static JsonNode served(Api api) throws IOException {
        Api.Reply reply = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build());
        assertEquals(200, reply.status(), reply.body());
        return new ObjectMapper().readTree(reply.body());
    }

    @Test
    void theServedDocumentValidatesWithoutAnErrorOrAWarning() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served(api).toString(), null, options);
        assertNotNull(result.getOpenAPI(), () -> String.valueOf(result.getMessages()));
        assertEquals(List.of(), result.getMessages());
    }

    @Test
    void theServedDocumentHasOnlyTheKeysOfTheSpecification() throws IOException {
        Set<String> keys = new java.util.TreeSet<>();
        served(api).fieldNames().forEachRemaining(keys::add);
        assertTrue(STANDARD_KEYS.containsAll(keys), () -> "not in the specification: " + keys);
    }

    /** What clients are generated from (the file in the WAR) is what the server serves, so neither can drift. */
    @Test
    void theServedDocumentIsTheCheckedInContract() throws IOException {
        JsonNode contract;
        try (InputStream file = OpenApiDocumentIT.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(file, "META-INF/openapi.yaml on the test classpath");
            contract = new ObjectMapper(new YAMLFactory()).readTree(file);
        }
        List<String> differences = new java.util.ArrayList<>();
        differences("", withoutServers(contract), withoutServers(served(api)), differences);
        assertEquals(List.of(), differences, "where the served document differs from META-INF/openapi.yaml");
    }

    /** The JSON pointers at which the two documents differ, so a failure says where instead of printing both. */
    private static void differences(String at, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(pointer + (expected.has(name) ? " is not served" : " is served but not in the file"));
                } else {
                    differences(pointer, expected.get(name), actual.get(name), found);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(at + "/" + i, expected.get(i), actual.get(i), found);
            }
        } else if (!expected.equals(actual) && !(expected.isNumber() && actual.isNumber()
                && expected.decimalValue().compareTo(actual.decimalValue()) == 0)) {
            found.add(at + ": " + expected + " in the file, " + actual + " served");
        }
    }

    private static JsonNode withoutServers(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        return copy;
    }
}
