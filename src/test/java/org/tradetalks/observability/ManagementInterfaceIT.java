package org.tradetalks.observability;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same split in the packaged application (the jar, the container image or the native binary). */
@QuarkusIntegrationTest
class ManagementInterfaceIT extends ManagementInterfaceTest {
}
