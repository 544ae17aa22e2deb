package org.tradetalks.limits;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class AbusiveDocumentsIT extends AbusiveDocumentsTest {
}
