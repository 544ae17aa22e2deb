package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye's batch loaders are made once per operation: the same fetcher each time an operation is asked for again
 * (every request asks for all of them), never the fetcher of another operation, however alike (the {@code sources} of
 * meetings and of tariffs differ in their class and description only).
 */
@QuarkusTest
class ReusedDataFetchersTest {

    private final ReusedDataFetchers reused = new ReusedDataFetchers();

    @Test
    void comesBeforeSmallRyesOtherServices() {
        assertEquals(0, reused.getPriority());
        List<Integer> others = new ArrayList<>();
        java.util.ServiceLoader.load(DataFetcherService.class).stream()
                .filter(provider -> provider.type() != ReusedDataFetchers.class)
                .forEach(provider -> others.add(provider.get().getPriority()));
        assertFalse(others.isEmpty(), "Quarkus's data fetcher service is on the class path");
        assertTrue(others.stream().allMatch(priority -> priority > 0), "priorities of the others: " + others);
    }

    @Test
    void eachBatchedOperationGetsOneFetcherOfItsOwn() {
        List<Operation> operations = Arc.container().instance(Schema.class).get().getBatchOperations();
        Map<PlugableBatchableDataFetcher, Operation> madeFor = new IdentityHashMap<>();
        for (Operation operation : operations) {
            PlugableBatchableDataFetcher fetcher = reused.getDefaultDataFetcher(operation, null);
            assertNotNull(fetcher, operation.getClassName() + "." + operation.getMethodName());
            assertSame(fetcher, reused.getDefaultDataFetcher(operation, null), "asked again for " + operation.getName());
            Operation other = madeFor.put(fetcher, operation);
            assertTrue(other == null, operation.getName() + " was given the fetcher of " + (other == null ? ""
                    : other.getClassName() + "." + other.getMethodName()));
        }
        assertEquals(operations.size(), madeFor.size());
    }

}
