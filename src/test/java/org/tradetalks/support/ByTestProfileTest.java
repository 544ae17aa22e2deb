package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Test classes of one profile run together: each change of profile restarts the application, and only the launch
 * without a profile trains the AOT cache.
 */
class ByTestProfileTest {

    static class ReadsQueries {
    }

    @TestProfile(OwnDatabase.class)
    static class WritesA {
    }

    /** An integration test inherits the profile of the test class it extends (TestProfile is not @Inherited). */
    static class WritesAIT extends WritesA {
    }

    @TestProfile(OtherProfile.class)
    static class Other {
    }

    static class ReadsZ {
    }

    public static class OtherProfile implements QuarkusTestProfile {
    }

    @Test
    void groupsClassesByProfileWithTheClassesWithoutOneFirst() {
        List<Class<?>> shuffled = List.of(WritesAIT.class, ReadsZ.class, Other.class, WritesA.class, ReadsQueries.class);

        assertEquals(List.of(ReadsQueries.class, ReadsZ.class, Other.class, WritesA.class, WritesAIT.class),
                order(shuffled));
    }

    @Test
    void keepsNameOrderWithinAProfile() {
        assertEquals(List.of(ReadsQueries.class, ReadsZ.class), order(List.of(ReadsZ.class, ReadsQueries.class)));
    }

    private static List<Class<?>> order(List<Class<?>> classes) {
        List<ClassDescriptor> descriptors = new ArrayList<>(classes.stream().map(ByTestProfileTest::descriptor).toList());
        new ByTestProfile().orderClasses(new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return descriptors;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        });
        return descriptors.stream().<Class<?>> map(ClassDescriptor::getTestClass).toList();
    }

    /** A descriptor that knows its class; the orderer needs nothing else. */
    private static ClassDescriptor descriptor(Class<?> type) {
        return (ClassDescriptor) Proxy.newProxyInstance(ByTestProfileTest.class.getClassLoader(),
                new Class<?>[] { ClassDescriptor.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getTestClass" -> type;
                    case "toString" -> type.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
