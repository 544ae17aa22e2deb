package org.tradetalks.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import io.smallrye.graphql.validation.BeanValidationError;

/** Names the input field a constraint violation is about, the way the client wrote it. */
final class InputPaths {

    private InputPaths() {
    }

    /** "input.rate" rather than "createTariff.arg0.rate": method nodes are dropped, parameters keep their names. */
    static String describe(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getName() != null) {
                names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        return names.isEmpty() ? "input" : String.join(".", names);
    }

    /** "input.ratePercent: must be a percentage between 0 and 1000", one clause per violation. */
    @SuppressWarnings("unchecked")
    static String describe(BeanValidationError invalid) {
        Object violations = invalid.getExtensions().get("violations");
        if (!(violations instanceof List<?> list)) {
            return invalid.getMessage();
        }
        return list.stream().map(item -> (Map<String, Object>) item).map(violation -> {
            List<String> path = (List<String>) violation.get("propertyPath");
            String field = path == null || path.size() < 2 ? "input" : field(path.subList(1, path.size()));
            return field + ": " + violation.get("message");
        }).sorted().collect(Collectors.joining("; "));
    }

    /** "input.topics[0]" for the path [input, topics, 0, &lt;list element&gt;]: indexes in brackets, no node-kind names. */
    private static String field(List<String> path) {
        StringBuilder field = new StringBuilder();
        for (String segment : path) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                field.append('[').append(segment).append(']');
            } else if (!(segment.startsWith("<") && segment.endsWith(">"))) {
                field.append(field.length() == 0 ? "" : ".").append(segment);
            }
        }
        return field.length() == 0 ? "input" : field.toString();
    }
}
