package org.mizan.platform.boundary;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a page keeps between requests — its view- and session-scoped beans — moves between nodes in the data grid, and
 * what cannot be serialized does not move: the page then expires under the user on the next node ("Cannot serialize
 * session attribute com.sun.faces.application.view.activeViewMaps"). CDI checks only the injected fields of such beans;
 * this checks every field that is kept: its type, and the types inside a list, set, map or optional, must be
 * serializable, or the field transient (and rebuilt when missing) — in our own classes, however deep. A field typed
 * by an interface or as Object is not judged here: what it holds is decided where it is set.
 */
class SessionStateIsSerializableTest {

    @Test
    void everyFieldAPageKeepsCanMoveToAnotherNode() {
        List<String> unmovable = new ArrayList<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mizan")) {
            if (!bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(SessionScoped.class)) {
                continue;
            }
            check(bean.reflect(), unmovable, new java.util.HashSet<>());
        }
        assertEquals(List.of(), unmovable);
    }

    /** The kept fields of {@code kept}, and of every class of ours they hold, however deep. */
    private static void check(Class<?> kept, List<String> unmovable, java.util.Set<Class<?>> seen) {
        if (!seen.add(kept)) {
            return;
        }
        // Only the fields of our own classes: a framework's base class (PrimeFaces' LazyDataModel) is its makers' to keep.
        for (Class<?> type = kept; type != null && type.getName().startsWith("org.mizan."); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(jakarta.inject.Inject.class)) {
                    continue; // injected fields are CDI's to check (and its proxies serialize)
                }
                if (!serializable(field.getGenericType())) {
                    unmovable.add(type.getSimpleName() + "." + field.getName() + " : " + field.getGenericType().getTypeName());
                }
                ours(field.getGenericType()).forEach(held -> check(held, unmovable, seen));
            }
        }
    }

    /** The classes of ours a field's type names, inside containers too. */
    private static List<Class<?>> ours(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                found.addAll(ours(argument));
            }
            found.addAll(ours(parameterized.getRawType()));
        } else if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            if (element.getName().startsWith("org.mizan.") && !element.isEnum()) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean serializable(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            boolean container = java.util.Collection.class.isAssignableFrom(raw) || java.util.Map.class.isAssignableFrom(raw);
            if (raw == java.util.Optional.class) {
                return false; // Optional is not Serializable
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return container || serializable(raw);
        }
        if (type instanceof Class<?> plain) {
            if (plain.isPrimitive() || plain.isEnum() || plain == Object.class || plain.isInterface()) {
                return true; // an interface or Object: what is kept there is decided where it is set
            }
            if (plain.isArray()) {
                return serializable(plain.getComponentType());
            }
            return Serializable.class.isAssignableFrom(plain)
                    || java.util.Collection.class.isAssignableFrom(plain) || java.util.Map.class.isAssignableFrom(plain);
        }
        return true; // a type variable or wildcard: decided where it is bound
    }
}
