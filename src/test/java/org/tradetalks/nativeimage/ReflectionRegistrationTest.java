package org.tradetalks.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;

/**
 * What the native image may read by reflection. In a JVM every class can be reflected on, so nothing else notices a
 * missing registration; in the native binary a field whose getter no one registered fails with
 * {@code NoSuchMethodException} (every connection did, until {@code pagination/Connection} and {@code Edge} were
 * registered: SmallRye registers the schema's classes, not their superclasses).
 *
 * <p>The registration is read as the native build produces it: with {@code quarkus.native.enabled} (sources only, so
 * no GraalVM is needed) Quarkus's build writes {@code META-INF/native-image/reflect-config.json} and
 * {@code resource-config.json} from every extension's and every {@code @RegisterForReflection} registration, the
 * files {@code native-image} is given. The schema is SmallRye's own model of it, the one its fetchers read from.
 * What is read by reflection at run time: SmallRye's fetchers call {@code getMethod}/{@code getField} on a type's
 * class, {@code engine/DirectFetch} does the same on the parent object's class (a schema class, or a subclass of one),
 * JSON-B fills the input classes. All of them find inherited members, so every superclass counts.
 */
@QuarkusTest
@TestProfile(ReflectionRegistrationTest.NativeSources.class)
class ReflectionRegistrationTest {

    /** A native build that stops before {@code native-image}: the configuration it would be given is generated. */
    public static class NativeSources implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.native.enabled", "true", "quarkus.native.sources-only", "true");
        }
    }

    private static final String REFLECT_CONFIG = "META-INF/native-image/reflect-config.json";
    private static final String RESOURCE_CONFIG = "META-INF/native-image/resource-config.json";

    @Inject
    Schema schema;

    @Test
    void everyClassOfTheSchemaAndEverySuperclassIsRegisteredWithItsMethodsAndFields() {
        Map<String, JsonObject> registered = reflectionRegistrations();
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : schemaClasses()) {
            for (Class<?> c = type; c != null && !isJdk(c); c = c.getSuperclass()) {
                if (!hasAllMembers(registered.get(c.getName()))) {
                    missing.add(c == type ? c.getName() : c.getName() + " (superclass of " + type.getName() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing, "Not registered for reflection with all methods and fields, so the native "
                + "binary cannot read their GraphQL fields: annotate them with @RegisterForReflection.");
    }

    /**
     * The member each GraphQL field is read from, as the JVM resolves it on the class that holds the field: an
     * inherited getter lives in another class (a superclass, or an interface's default method), which must be
     * registered too.
     */
    @Test
    void theDeclaringClassOfEveryGetterAndFieldTheSchemaReadsIsRegistered() {
        Map<String, JsonObject> registered = reflectionRegistrations();
        Set<String> missing = new TreeSet<>();
        Map<String, Collection<Field>> fieldsByClass = new HashMap<>();
        Stream.concat(schema.getTypes().values().stream(), schema.getInterfaces().values().stream())
                .forEach(type -> fieldsByClass.computeIfAbsent(type.getClassName(), k -> new ArrayList<>())
                        .addAll(type.getFields().values()));
        int read = 0;
        for (Map.Entry<String, Collection<Field>> entry : fieldsByClass.entrySet()) {
            Class<?> owner = load(entry.getKey());
            for (Field field : entry.getValue()) {
                Member member = member(owner, field);
                read++;
                JsonObject registration = registered.get(member.getDeclaringClass().getName());
                boolean ok = member instanceof Method ? hasMethods(registration) : hasFields(registration);
                if (!ok) {
                    missing.add(owner.getSimpleName() + "." + field.getName() + " is read from "
                            + member.getDeclaringClass().getName() + "." + member.getName());
                }
            }
        }
        assertTrue(read > 50, "the schema's fields were found: " + read);
        assertEquals(Set.of(), missing, "GraphQL fields read from members the native image does not register");
    }

    /**
     * {@code ServiceLoader} finds a provider in the native binary only if its services file is a resource of the image
     * and its constructor is registered (Quarkus builds with {@code -H:-UseServiceLoaderFeature}).
     */
    @Test
    void everyServiceProviderTheApplicationDeclaresIsRegistered() throws IOException {
        Map<String, JsonObject> registered = reflectionRegistrations();
        List<String> resourcePatterns = resourcePatterns();
        Set<String> missing = new TreeSet<>();
        Path services = Path.of("src/main/resources/META-INF/services");
        List<Path> files;
        try (Stream<Path> listed = Files.list(services)) {
            files = listed.toList();
        }
        assertFalse(files.isEmpty(), "the application declares service providers in " + services);
        for (Path file : files) {
            String resource = "META-INF/services/" + file.getFileName();
            if (resourcePatterns.stream().noneMatch(pattern -> Pattern.matches(pattern, resource))) {
                missing.add(resource + " is not a resource of the image");
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String provider = line.replaceFirst("#.*", "").strip();
                if (!provider.isEmpty() && !hasNoArgumentConstructor(registered.get(provider))) {
                    missing.add(provider + " (" + file.getFileName() + ") has no registered constructor");
                }
            }
        }
        assertEquals(Set.of(), missing, "service providers the native binary would not find");
    }

    /**
     * Every Java class the schema is built from: types, interfaces, unions, enums, inputs, the API classes, and what
     * their fields, operations and arguments refer to (JDK classes such as String or LocalDate aside).
     */
    private Set<Class<?>> schemaClasses() {
        Set<String> names = new TreeSet<>();
        List<Reference> references = new ArrayList<>();
        references.addAll(schema.getTypes().values());
        references.addAll(schema.getInterfaces().values());
        references.addAll(schema.getUnions().values());
        references.addAll(schema.getEnums().values());
        references.addAll(schema.getInputs().values());
        List<Field> fields = new ArrayList<>();
        schema.getTypes().values().forEach(type -> {
            fields.addAll(type.getFields().values());
            fields.addAll(type.getOperations().values());
            fields.addAll(type.getBatchOperations().values());
        });
        schema.getInterfaces().values().forEach(type -> fields.addAll(type.getFields().values()));
        schema.getInputs().values().forEach(input -> fields.addAll(input.getFields().values()));
        for (Operation operation : schema.getAllOperations()) {
            names.add(operation.getClassName());
            fields.add(operation);
        }
        for (Field field : List.copyOf(fields)) {
            if (field instanceof Operation operation) {
                fields.addAll(operation.getArguments());
            }
        }
        fields.forEach(field -> references.add(field.getReference()));
        for (Reference reference : references) {
            collect(reference, names);
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (String name : names) {
            Class<?> type = load(name);
            if (!type.isPrimitive() && !isJdk(type)) {
                classes.add(type);
            }
        }
        assertTrue(classes.size() > 30, "the schema's classes were found: " + classes);
        return classes;
    }

    private static void collect(Reference reference, Set<String> names) {
        if (reference == null || !names.add(reference.getClassName())) {
            return;
        }
        if (reference.getAllParametrizedTypes() != null) {
            reference.getAllParametrizedTypes().values().forEach(argument -> collect(argument, names));
        }
    }

    /** What SmallRye's field fetcher reads: the getter the schema names, else the public field. */
    private static Member member(Class<?> owner, Field field) {
        try {
            return field.getMethodName() != null ? owner.getMethod(field.getMethodName())
                    : owner.getField(field.getPropertyName());
        } catch (NoSuchMethodException | NoSuchFieldException e) {
            throw new AssertionError(owner.getName() + " has no public member for GraphQL field " + field.getName(), e);
        }
    }

    private static boolean isJdk(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    private static Class<?> load(String name) {
        switch (name) {
            case "boolean", "byte", "short", "int", "long", "float", "double", "char", "void":
                return void.class; // a primitive: nothing to register, and Class.forName does not load it
            default:
                try {
                    return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("a class of the schema does not load: " + name, e);
                }
        }
    }

    private static boolean hasAllMembers(JsonObject registration) {
        return hasMethods(registration) && hasFields(registration);
    }

    private static boolean hasMethods(JsonObject registration) {
        return registration != null && (registration.getBoolean("allDeclaredMethods", false)
                || registration.getBoolean("allPublicMethods", false));
    }

    private static boolean hasFields(JsonObject registration) {
        return registration != null && (registration.getBoolean("allDeclaredFields", false)
                || registration.getBoolean("allPublicFields", false));
    }

    private static boolean hasNoArgumentConstructor(JsonObject registration) {
        if (registration == null) {
            return false;
        }
        if (registration.getBoolean("allDeclaredConstructors", false)
                || registration.getBoolean("allPublicConstructors", false)) {
            return true;
        }
        JsonArray methods = registration.getJsonArray("methods");
        return methods != null && methods.stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> "<init>".equals(m.getString("name")) && m.getJsonArray("parameterTypes").isEmpty());
    }

    /**
     * The registrations native-image would read from the classpath at this path, merged by class; Quarkus's own file
     * is generated into the application. Without it the test could not tell anything, so it fails.
     */
    private static Map<String, JsonObject> reflectionRegistrations() {
        Map<String, JsonObject> byClass = new HashMap<>();
        for (JsonValue value : readAll(REFLECT_CONFIG)) {
            JsonObject entry = value.asJsonObject();
            byClass.merge(entry.getString("name"), entry, ReflectionRegistrationTest::merged);
        }
        assertTrue(byClass.size() > 100, "the build's reflection registrations were read: " + byClass.size());
        return byClass;
    }

    /** One class registered in two files: what either grants. */
    private static JsonObject merged(JsonObject a, JsonObject b) {
        var builder = Json.createObjectBuilder(a);
        b.forEach((key, value) -> {
            if (value == JsonValue.TRUE || !a.containsKey(key)) {
                builder.add(key, value);
            }
        });
        return builder.build();
    }

    private static List<String> resourcePatterns() {
        List<String> patterns = new ArrayList<>();
        for (JsonValue value : readEach(RESOURCE_CONFIG)) {
            JsonArray includes = value.asJsonObject().getJsonObject("resources").getJsonArray("includes");
            includes.forEach(include -> patterns.add(include.asJsonObject().getString("pattern")));
        }
        return patterns;
    }

    private static List<JsonValue> readAll(String resource) {
        List<JsonValue> values = new ArrayList<>();
        readEach(resource).forEach(file -> values.addAll(file.asJsonArray()));
        return values;
    }

    /** Each file of that name on the classpath, as native-image would read them all. */
    private static List<JsonValue> readEach(String resource) {
        return urls(resource).stream().map(ReflectionRegistrationTest::read).toList();
    }

    private static List<URL> urls(String resource) {
        try {
            List<URL> urls = Collections.list(Thread.currentThread().getContextClassLoader().getResources(resource));
            assertFalse(urls.isEmpty(), "the native build generated " + resource);
            return urls;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonValue read(URL url) {
        try (InputStream in = url.openStream(); JsonReader reader = Json.createReader(in)) {
            return reader.readValue();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + url, e);
        }
    }
}
