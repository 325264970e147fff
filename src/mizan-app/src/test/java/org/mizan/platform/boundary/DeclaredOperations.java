package org.mizan.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The REST operations the resources of the WAR declare, read from the compiled classes by reflection: what the OpenAPI
 * document has to describe, neither more nor less.
 */
final class DeclaredOperations {

    /** One input of an operation: {@code in} is path, query or header, as OpenAPI names them. */
    record Input(String in, String name, Type type) {
    }

    /** One operation; {@code body} is the type bound from the request body (null when none is read). */
    record Operation(String method, String path, Method javaMethod, List<Input> inputs, Type body) {
        String key() {
            return method + " " + path;
        }

        boolean consumes(String mediaType) {
            Consumes consumes = javaMethod.getAnnotation(Consumes.class) != null ? javaMethod.getAnnotation(Consumes.class)
                    : javaMethod.getDeclaringClass().getAnnotation(Consumes.class);
            return consumes != null && List.of(consumes.value()).contains(mediaType);
        }
    }

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");
    /**
     * Headers that OpenAPI describes otherwise (the body's media type, the security scheme) or that the HTTP layer sets:
     * the specification says a header parameter of the first three names is ignored, and a client generated with them
     * would send them twice.
     */
    private static final java.util.Set<String> IMPLICIT_HEADERS = java.util.Set.of("content-type", "accept", "authorization",
            "content-length");
    /** A template variable with a regular expression, {@code {name: regex}}. */
    private static final Pattern REGEX_VARIABLE = Pattern.compile("\\{\\s*(\\w+)\\s*:\\s*([^}]*)}");

    private DeclaredOperations() {
    }

    /** Every operation of every resource class compiled beside {@link RestApplication}, sorted by path and method. */
    static List<Operation> all() {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    operations.add(new Operation(verb, join(root, path(resource), path(method)), method, inputs(method), body(method)));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /**
     * The path as a client writes it. A variable whose regular expression matches one literal only (used to steer JAX-RS's
     * choice between resource classes) is that literal.
     */
    static String template(String path) {
        Matcher variable = REGEX_VARIABLE.matcher(path);
        StringBuilder plain = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(2).strip();
            variable.appendReplacement(plain, Matcher.quoteReplacement(regex.matches("[\\w.-]+") ? regex : "{" + variable.group(1) + "}"));
        }
        return variable.appendTail(plain).toString();
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return template(path.toString());
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String verb(Method method) {
        return METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static List<Input> inputs(Method method) {
        List<Input> inputs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    addInput(inputs, field, field.getGenericType());
                }
            } else {
                addInput(inputs, parameter, parameter.getParameterizedType());
            }
        }
        return inputs;
    }

    private static void addInput(List<Input> inputs, AnnotatedElement element, Type type) {
        if (element.isAnnotationPresent(PathParam.class)) {
            inputs.add(new Input("path", element.getAnnotation(PathParam.class).value(), type));
        } else if (element.isAnnotationPresent(QueryParam.class)) {
            inputs.add(new Input("query", element.getAnnotation(QueryParam.class).value(), type));
        } else if (element.isAnnotationPresent(HeaderParam.class)
                && !IMPLICIT_HEADERS.contains(element.getAnnotation(HeaderParam.class).value().toLowerCase(java.util.Locale.ROOT))) {
            inputs.add(new Input("header", element.getAnnotation(HeaderParam.class).value(), type));
        }
    }

    /** The one parameter JAX-RS fills from the body: the one without an annotation of its own. */
    private static Type body(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, BeanParam.class, Context.class)
                    .noneMatch(parameter::isAnnotationPresent)) {
                return parameter.getParameterizedType();
            }
        }
        return null;
    }

    private static List<Class<?>> resourceClasses() {
        return compiledClasses().stream().filter(type -> type.getPackageName().endsWith(".boundary"))
                .filter(type -> type.isAnnotationPresent(Path.class)).toList();
    }

    /** Every top-level and nested class compiled beside {@link RestApplication}, loaded without running it. */
    static List<Class<?>> compiledClasses() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                return files.map(classes::relativize).map(java.nio.file.Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("module-info") && !name.contains("package-info"))
                        .<Class<?>>map(name -> load(name.replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "")))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("The compiled classes could not be listed", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DeclaredOperations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
