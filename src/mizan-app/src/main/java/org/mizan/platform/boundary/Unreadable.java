package org.mizan.platform.boundary;

import org.mizan.platform.control.Enums;
import org.mizan.platform.control.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values of one request that could not be read (an unknown code, an impossible date), gathered instead of thrown one
 * at a time, so that a single answer names every wrong element: a client should not need a dozen attempts to learn
 * what one body got wrong.
 */
public final class Unreadable {

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    /** The code {@code value} names, or null (its error kept) when {@code type} has no such code. */
    public <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        return read(() -> Enums.parse(type, field, value));
    }

    /** What {@code reading} gives, or null (its errors kept) when it refuses the value. */
    public <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Returns when everything was read; otherwise throws every error found, at once. */
    public void throwIfAny() {
        throwIfAny(() -> {
        });
    }

    /**
     * Returns when everything was read. Otherwise throws the errors found so far together with those that {@code rules}
     * (which throws {@link InvalidInput}) finds in what could be read, one per element: a value that could not be read
     * and so is missing is reported once, as unreadable.
     */
    public void throwIfAny(Runnable rules) {
        if (errors.isEmpty()) {
            return;
        }
        Map<String, InvalidInput.FieldError> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        try {
            rules.run();
        } catch (InvalidInput broken) {
            broken.errors().forEach(error -> byField.putIfAbsent(error.field(), error));
        }
        throw new InvalidInput(List.copyOf(byField.values()));
    }
}
