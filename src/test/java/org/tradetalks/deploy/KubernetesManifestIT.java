package org.tradetalks.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests that {@code ./mvnw package} generates in target/kubernetes/ are what an operator applies:
 * two replicas, probes on the health endpoints of the management port, resource requests and limits, the database
 * connection from a Secret, and a Service in front that exposes the API port only.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final List<Map<String, Object>> RESOURCES = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readManifest() throws IOException {
        assertTrue(Files.exists(MANIFEST), MANIFEST + " is generated at package time");
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(reader)) {
                RESOURCES.add((Map<String, Object>) document);
            }
        }
    }

    @Test
    void deploymentRunsTwoReplicasOfTheService() {
        Map<String, Object> deployment = resource("Deployment");
        assertEquals(2, at(deployment, "spec", "replicas"));
        assertTrue(String.valueOf(at(container(), "image")).contains("trade-talks"), "image: " + at(container(), "image"));
    }

    @Test
    void probesAskTheHealthEndpointsOnTheManagementPort() {
        int management = containerPort("management");
        assertEquals(9000, management, "the management interface's default port");
        Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live", "startupProbe", "/q/health/started")
                .forEach((probe, path) -> {
                    assertEquals(path, at(container(), probe, "httpGet", "path"), probe);
                    assertEquals(management, at(container(), probe, "httpGet", "port"), probe + " port");
                });
    }

    @Test
    void containerExposesTheApiAndTheManagementPorts() {
        assertEquals(8080, containerPort("http"));
        assertEquals(9000, containerPort("management"));
    }

    @Test
    void prometheusScrapesTheManagementPort() {
        Map<String, Object> annotations = map(at(resource("Deployment"), "spec", "template", "metadata", "annotations"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        assertEquals(String.valueOf(containerPort("management")), annotations.get("prometheus.io/port"));
    }

    @Test
    void containerHasResourceRequestsAndLimits() {
        Map<String, Object> resources = map(at(container(), "resources"));
        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> amounts = map(resources.get(kind));
            assertNotNull(amounts, kind);
            assertNotNull(amounts.get("cpu"), kind + ".cpu");
            assertNotNull(amounts.get("memory"), kind + ".memory");
        }
    }

    @Test
    void databaseConnectionComesFromASecret() {
        List<Object> envFrom = list(at(container(), "envFrom"));
        assertTrue(envFrom.stream().anyMatch(source -> "trade-talks-db".equals(at(map(source), "secretRef", "name"))),
                "envFrom: " + envFrom);
    }

    @Test
    void serviceExposesTheHttpPortOnly() {
        Map<String, Object> service = resource("Service");
        List<Object> ports = list(at(service, "spec", "ports"));
        assertEquals(List.of("http"), ports.stream().map(port -> map(port).get("name")).toList(),
                "health and metrics stay inside the pod network: " + ports);
        assertEquals(8080, map(ports.get(0)).get("targetPort"));
        assertEquals(at(resource("Deployment"), "spec", "selector", "matchLabels"), at(service, "spec", "selector"),
                "the Service selects the Deployment's pods");
    }

    private static int containerPort(String name) {
        List<Object> ports = list(at(container(), "ports"));
        return ports.stream().map(KubernetesManifestIT::map)
                .filter(port -> name.equals(port.get("name"))).map(port -> (Integer) port.get("containerPort"))
                .findFirst().orElseThrow(() -> new AssertionError("no container port " + name + " in " + ports));
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(at(resource("Deployment"), "spec", "template", "spec", "containers"));
        assertEquals(1, containers.size());
        return map(containers.get(0));
    }

    private static Map<String, Object> resource(String kind) {
        return RESOURCES.stream().filter(resource -> kind.equals(resource.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + MANIFEST));
    }

    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            assertTrue(current instanceof Map, () -> "no " + String.join(".", path) + " in " + node);
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertNotNull(node);
        return (List<Object>) node;
    }
}
