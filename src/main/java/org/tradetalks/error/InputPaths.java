package org.tradetalks.error;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

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
}
