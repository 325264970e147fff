package org.mizan.platform.boundary;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.CaseStatus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checked-in OpenAPI document (META-INF/openapi.yaml, served at /openapi) against the code: the same operations,
 * the same parameters, bodies and replies with the properties of the records the resources bind and return, and enums
 * with exactly the codes of the Java enums of the same name. A change to the API that forgets the document fails here;
 * replies built inside a {@code Response} are checked at run time by the generated client (ApiClientIT).
 */
class OpenApiContractTest {

    private static OpenAPI document;
    private static Map<String, Operation> operations;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream file = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(file, "META-INF/openapi.yaml");
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(new String(file.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.getMessages(), "the document parses without a message");
            document = parsed.getOpenAPI();
        }
        operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name().toLowerCase() + " " + path, operation)));
    }

    @Test
    void theDocumentHasExactlyTheOperationsOfTheResources() {
        Set<String> declared = DeclaredOperations.all().stream().map(DeclaredOperations.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, operations.keySet());
    }

    @Test
    void everyOperationHasTheParametersOfItsMethod() {
        List<String> wrong = new ArrayList<>();
        for (DeclaredOperations.Operation declared : DeclaredOperations.all()) {
            Operation operation = operations.get(declared.key());
            Map<String, Parameter> documented = new TreeMap<>();
            if (operation != null && operation.getParameters() != null) {
                operation.getParameters().forEach(p -> documented.put(p.getIn() + " " + p.getName(), p));
            }
            Map<String, Type> inputs = new TreeMap<>();
            declared.inputs().forEach(input -> inputs.put(input.in() + " " + input.name(), input.type()));
            if (!documented.keySet().equals(inputs.keySet())) {
                wrong.add(declared.key() + ": documents " + documented.keySet() + ", takes " + inputs.keySet());
                continue;
            }
            inputs.forEach((name, type) -> compare(type, documented.get(name).getSchema(), declared.key() + " " + name, wrong,
                    new HashSet<>()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBodyIsDocumentedWithTheRecordItBindsTo() {
        List<String> wrong = new ArrayList<>();
        for (DeclaredOperations.Operation declared : DeclaredOperations.all()) {
            Operation operation = operations.get(declared.key());
            boolean documented = operation != null && operation.getRequestBody() != null;
            if (declared.body() == null || documented != (declared.body() != null)) {
                if (documented != (declared.body() != null)) {
                    wrong.add(declared.key() + ": body " + (documented ? "documented but not read" : "read but not documented"));
                }
                continue;
            }
            Content content = operation.getRequestBody().getContent();
            if (declared.body() == InputStream.class) {
                boolean binary = content.values().stream().allMatch(m -> "binary".equals(resolve(m.getSchema()).getFormat()));
                if (!binary) {
                    wrong.add(declared.key() + ": a streamed body is documented as binary");
                }
            } else {
                compare(declared.body(), content.get("application/json").getSchema(), declared.key() + " body", wrong, new HashSet<>());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Methods that return their reply's type (not a {@code Response}): the type is the documented success reply. */
    @Test
    void everyTypedReplyIsDocumentedWithItsRecord() {
        List<String> wrong = new ArrayList<>();
        for (DeclaredOperations.Operation declared : DeclaredOperations.all()) {
            Type returned = declared.javaMethod().getGenericReturnType();
            if (returned == jakarta.ws.rs.core.Response.class || returned == void.class) {
                continue;
            }
            Operation operation = operations.get(declared.key());
            ApiResponse ok = operation == null ? null : operation.getResponses().get("200");
            if (ok == null || ok.getContent() == null || ok.getContent().get("application/json") == null) {
                wrong.add(declared.key() + ": no JSON 200 reply documented");
                continue;
            }
            compare(returned, ok.getContent().get("application/json").getSchema(), declared.key() + " reply", wrong, new HashSet<>());
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyDocumentedEnumHasTheCodesOfItsJavaEnum() {
        List<String> wrong = new ArrayList<>();
        document.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getEnum() != null) {
                Class<?> type = JavaEnums.named(name);
                if (type == null) {
                    wrong.add(name + ": no Java enum of this name");
                } else if (!codes(type).equals(schema.getEnum().stream().map(String::valueOf).toList())) {
                    wrong.add(name + ": " + schema.getEnum() + " but " + type.getName() + " has " + codes(type));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /**
     * Clients learn the workflow from the document: where a case starts and which steps each status allows, in the
     * description of CaseStatus (Payara serves no x- extensions on schemas, so the description is where it can go).
     */
    @Test
    void theStatusTransitionsAreTheWorkflows() {
        String description = document.getComponents().getSchemas().get("CaseStatus").getDescription();
        assertTrue(description != null && description.contains("A new case starts at " + CaseStatus.START.name() + "."),
                "where a case starts: " + description);
        for (CaseStatus from : CaseStatus.values()) {
            String steps = from.name() + " → " + from.next().stream().map(Enum::name).collect(Collectors.joining(", ")) + ";";
            assertTrue(description.replace(".", ";").contains(steps), "the description says " + steps + ": " + description);
        }
    }

    @Test
    void noReplyOrBodyIsABareObject() {
        List<String> bare = new ArrayList<>();
        operations.forEach((key, operation) -> {
            operation.getResponses().forEach((status, reply) -> {
                ApiResponse resolved = reply.get$ref() == null ? reply
                        : document.getComponents().getResponses().get(reply.get$ref().replaceAll(".*/", ""));
                if (resolved.getContent() != null) {
                    resolved.getContent().forEach((type, media) -> {
                        if (isBare(media.getSchema())) {
                            bare.add(key + " " + status + " " + type);
                        }
                    });
                }
            });
        });
        assertEquals(List.of(), bare);
    }

    private static boolean isBare(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        return resolved == null || ("object".equals(resolved.getType()) && resolved.getProperties() == null
                && resolved.getAdditionalProperties() == null);
    }

    /** What the wire carries: an enum's {@code code()} where it has one (ContactLanguage's "ckb"), else its names. */
    private static List<String> codes(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> {
            try {
                return String.valueOf(type.getMethod("code").invoke(e));
            } catch (NoSuchMethodException noCode) {
                return ((Enum<?>) e).name();
            } catch (ReflectiveOperationException broken) {
                throw new IllegalStateException(broken);
            }
        }).toList();
    }

    private static Schema<?> resolve(Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            return document.getComponents().getSchemas().get(schema.get$ref().replaceAll(".*/", ""));
        }
        if (schema != null && schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return resolve(schema.getAllOf().get(0));
        }
        return schema;
    }

    /** The Java type as the wire carries it, against its schema; each record is compared once per path. */
    private static void compare(Type type, Schema<?> documented, String where, List<String> wrong, Set<String> seen) {
        Schema<?> schema = resolve(documented);
        if (schema == null) {
            wrong.add(where + ": no schema");
            return;
        }
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!"array".equals(schema.getType())) {
                wrong.add(where + ": a list, documented as " + schema.getType());
            } else if (type instanceof ParameterizedType list) {
                compare(list.getActualTypeArguments()[0], schema.getItems(), where + "[]", wrong, seen);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect("object", schema, where, wrong);
        } else if (raw.isRecord()) {
            compareRecord(type, raw, schema, where, wrong, seen);
        } else if (raw.isEnum()) {
            if (!Objects.equals(documented.get$ref(), "#/components/schemas/" + JavaEnums.name(raw))) {
                wrong.add(where + ": " + raw.getSimpleName() + " is documented as " + documented.get$ref());
            }
        } else {
            expect(JsonTypes.of(raw), schema, where, wrong);
        }
    }

    private static void compareRecord(Type type, Class<?> raw, Schema<?> schema, String where, List<String> wrong, Set<String> seen) {
        if (!seen.add(type.getTypeName())) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        Set<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        if (!components.equals(properties.keySet())) {
            wrong.add(where + ": " + raw.getName() + " has " + new TreeSet<>(components) + ", documented "
                    + new TreeSet<>(properties.keySet()));
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            Type componentType = bound(component.getGenericType(), raw, type);
            compare(componentType, properties.get(component.getName()), where + "." + component.getName(), wrong, seen);
        }
    }

    /** A type variable of a generic record ({@code ResultPage<CaseSummary>}) as the method binds it. */
    private static Type bound(Type componentType, Class<?> raw, Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (componentType instanceof TypeVariable<?> variable) {
                return parameterized.getActualTypeArguments()[List.of(raw.getTypeParameters()).indexOf(variable)];
            }
            if (componentType instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof TypeVariable<?> variable) {
                Type element = parameterized.getActualTypeArguments()[List.of(raw.getTypeParameters()).indexOf(variable)];
                return new BoundList(raw(list), element);
            }
        }
        return componentType;
    }

    private record BoundList(Class<?> raw, Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{element};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    private static void expect(String jsonType, Schema<?> schema, String where, List<String> wrong) {
        if (!jsonType.equals(schema.getType())) {
            wrong.add(where + ": " + jsonType + " documented as " + schema.getType());
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    @Test
    void theRulesOfThisTestSeeWhatTheyCompare() {
        // A test that compared nothing would pass for any document.
        assertTrue(DeclaredOperations.all().size() > 90, "the resources were found");
        assertTrue(document.getComponents().getSchemas().values().stream().filter(s -> s.getEnum() != null).count() > 30,
                "the enums were found");
    }

    /** Java enums by the name their schema has in the document: the simple name, or the enclosing type's and its own. */
    static final class JavaEnums {

        private static final Map<String, List<Class<?>>> BY_NAME = DeclaredOperations.compiledClasses().stream()
                .filter(Class::isEnum).filter(type -> !type.isAnonymousClass())
                .collect(Collectors.groupingBy(JavaEnums::name));

        private JavaEnums() {
        }

        static String name(Class<?> type) {
            Class<?> enclosing = type.getEnclosingClass();
            return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName().replaceAll("Json$", "") + type.getSimpleName();
        }

        /** The one enum of this name; null when there is none or more than one (then the name says nothing). */
        static Class<?> named(String name) {
            List<Class<?>> found = BY_NAME.getOrDefault(name, List.of());
            return found.size() == 1 ? found.get(0) : null;
        }
    }

    /** The JSON type a scalar Java type travels as. */
    static final class JsonTypes {

        private JsonTypes() {
        }

        static String of(Class<?> type) {
            if (type == String.class || type == Character.class || type == char.class || type == java.time.Instant.class
                    || type == java.time.LocalDate.class) {
                return "string";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "boolean";
            }
            if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
                return "integer";
            }
            if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
                return "number";
            }
            if (type == jakarta.json.JsonArray.class) {
                return "array";
            }
            return "object";
        }
    }
}
