package org.mizan.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.mizan.platform.control.ControlCharacters;
import org.mizan.platform.control.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * The rules every JSON body obeys before any resource binds it, so no endpoint has to remember them:
 * no control characters in any string or name (NUL cannot even be stored), no null inside an array, no
 * nesting deeper than any of our bodies needs, and an object where the endpoint takes an object (an
 * array where it takes a list). A broken rule is a 400 naming the field.
 */
@Provider
public class JsonBodyRules implements ReaderInterceptor {

    /** Our deepest body (a case with parties and dates) nests four levels; this leaves room and stops a parser bomb. */
    static final int MAX_DEPTH = 32;
    /** Longer than any property of ours. */
    private static final int MAX_NAME = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || isStream(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(body, expected(context.getType()));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean isStream(Class<?> type) {
        return InputStream.class.isAssignableFrom(type) || type == byte[].class || type == String.class
                || java.io.Reader.class.isAssignableFrom(type);
    }

    /** What the top of the body must be for this parameter type; null when anything goes. */
    private static JsonParser.Event expected(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type) || JsonArray.class.isAssignableFrom(type)) {
            return JsonParser.Event.START_ARRAY;
        }
        if (JsonObject.class.isAssignableFrom(type) || type.isRecord()
                || (!JsonValue.class.isAssignableFrom(type) && !type.isPrimitive() && !Number.class.isAssignableFrom(type)
                && type != Boolean.class && !type.isEnum() && type != Object.class)) {
            return JsonParser.Event.START_OBJECT;
        }
        return null;
    }

    static void check(byte[] body, JsonParser.Event expected) {
        Deque<Object> path = new ArrayDeque<>();
        // Not JSON at all: the parser's exception is answered 400 by the mappers, as for any malformed body.
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first && expected != null && event != expected) {
                    throw new InvalidInput("body", expected == JsonParser.Event.START_OBJECT
                            ? "validation.bodyObject" : "validation.bodyArray");
                }
                first = false;
                if (event != JsonParser.Event.END_OBJECT && event != JsonParser.Event.END_ARRAY
                        && event != JsonParser.Event.KEY_NAME) {
                    advance(path);
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (path.size() >= MAX_DEPTH) {
                            throw new InvalidInput(name(path), "validation.tooDeep", MAX_DEPTH);
                        }
                        path.push(event == JsonParser.Event.START_ARRAY ? (Object) (-1) : "");
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        path.pop();
                        path.push(parser.getString());
                        if (ControlCharacters.contains(parser.getString())) {
                            throw new InvalidInput(name(path), "validation.controlCharacters");
                        }
                    }
                    case VALUE_STRING -> {
                        if (ControlCharacters.contains(parser.getString())) {
                            throw new InvalidInput(name(path), "validation.controlCharacters");
                        }
                    }
                    case VALUE_NULL -> {
                        if (!path.isEmpty() && path.peek() instanceof Integer) {
                            throw new InvalidInput(name(path), "validation.nullInList");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** Inside an array, each new value is the next index. */
    private static void advance(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof Integer index) {
            path.pop();
            path.push(index + 1);
        }
    }

    /** A name the client chose goes back to it and into the log: never with control characters, never a flood. */
    private static String printable(String key) {
        return ControlCharacters.contains(key) || key.length() > MAX_NAME ? "?" : key;
    }

    /** The field as the errors name it: {@code sources[0].description}. */
    private static String name(Deque<Object> path) {
        StringBuilder name = new StringBuilder();
        var outermostFirst = path.descendingIterator();
        while (outermostFirst.hasNext()) {
            Object step = outermostFirst.next();
            if (step instanceof Integer index) {
                name.append('[').append(Math.max(index, 0)).append(']');
            } else if (!((String) step).isEmpty()) {
                name.append(name.length() == 0 ? "" : ".").append(printable((String) step));
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
