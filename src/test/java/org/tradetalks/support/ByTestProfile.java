package org.tradetalks.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import io.quarkus.test.junit.TestProfile;

/**
 * Runs the test classes of one test profile one after another (by class name within a profile), so that Quarkus
 * starts the application once per profile instead of at every change of profile. Quarkus's own orderer groups by
 * kind of test (unit, then integration) and calls this one within each kind ({@code quarkus.test.class-orderer}).
 *
 * <p>It also decides what trains the AOT cache ({@code -Dquarkus.package.jar.aot.enabled=true}): Quarkus records
 * the cache in every launch of the packaged application without a test profile, and each recording replaces the
 * one before. In alphabetical order those launches alternated with the writing tests' ({@link OwnDatabase}), and
 * only the last read-only test class trained the cache; grouped, all of them do, in one launch.
 */
public class ByTestProfile implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(ByTestProfile::profile)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** The class's test profile, or "" for none. Integration tests inherit theirs from the test class they extend. */
    private static String profile(ClassDescriptor descriptor) {
        for (Class<?> type = descriptor.getTestClass(); type != null; type = type.getSuperclass()) {
            TestProfile profile = type.getAnnotation(TestProfile.class);
            if (profile != null) {
                return profile.value().getName();
            }
        }
        return "";
    }
}
