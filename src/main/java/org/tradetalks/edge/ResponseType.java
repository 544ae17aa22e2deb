package org.tradetalks.edge;

import java.util.Optional;

/**
 * The two media types of GraphQL over HTTP. They differ in the status of a request error (a document that does not
 * parse or validate, variables that do not fit): application/json answers it with 200, as legacy clients expect,
 * application/graphql-response+json with 400.
 */
enum ResponseType {
    GRAPHQL_RESPONSE("application/graphql-response+json"),
    JSON("application/json");

    final String mediaType;

    ResponseType(String mediaType) {
        this.mediaType = mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The type to answer in for an {@code Accept} header: the acceptable one with the highest quality, a named type
     * before a wildcard, the first named before a later one; application/json when the header is missing (the spec's
     * rule for clients that predate it). Empty when neither is acceptable.
     */
    static Optional<ResponseType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        ResponseType best = null;
        double bestQuality = 0;
        boolean bestNamed = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase();
            double quality = quality(parts);
            ResponseType candidate;
            boolean named = true;
            if (type.equals(GRAPHQL_RESPONSE.mediaType)) {
                candidate = GRAPHQL_RESPONSE;
            } else if (type.equals(JSON.mediaType)) {
                candidate = JSON;
            } else if (type.equals("*/*") || type.equals("application/*")) {
                candidate = JSON;
                named = false;
            } else {
                continue;
            }
            if (quality > bestQuality || (quality == bestQuality && quality > 0 && named && !bestNamed)) {
                best = candidate;
                bestQuality = quality;
                bestNamed = named;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2).trim())));
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
