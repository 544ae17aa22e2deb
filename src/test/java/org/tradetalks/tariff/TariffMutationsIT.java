package org.tradetalks.tariff;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar, or the native binary with -Dnative), with its own database. */
@QuarkusIntegrationTest
class TariffMutationsIT extends TariffMutationsTest {
}
