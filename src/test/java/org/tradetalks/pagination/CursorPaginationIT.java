package org.tradetalks.pagination;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class CursorPaginationIT extends CursorPaginationTest {
}
