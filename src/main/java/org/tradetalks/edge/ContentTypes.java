package org.tradetalks.edge;

import java.util.Locale;

/**
 * The request bodies the edge reads: {@code application/json}, and {@code application/graphql} (a bare document),
 * in UTF-8. The header may arrive repeated and joined with commas (Quarkus' GraphiQL sends
 * {@code application/json, application/json}): every part must be supported.
 */
final class ContentTypes {

    static final String JSON = "application/json";
    static final String GRAPHQL = "application/graphql";

    private ContentTypes() {
    }

    /** Why a POST body of this type is refused (415), or null when it is read. */
    static String refusal(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "Send the request with Content-Type: application/json.";
        }
        for (String part : contentType.split(",")) {
            String[] pieces = part.split(";");
            String mediaType = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!mediaType.equals(JSON) && !mediaType.equals(GRAPHQL)) {
                return "Content-Type " + mediaType + " is not accepted: send the request as application/json.";
            }
            for (int i = 1; i < pieces.length; i++) {
                String[] parameter = pieces[i].split("=", 2);
                if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2) {
                    String charset = parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                    if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                        return "The charset " + charset + " is not accepted: send the request body in UTF-8.";
                    }
                }
            }
        }
        return null;
    }

    /** Whether the body is a bare GraphQL document rather than a JSON request. */
    static boolean isGraphQLDocument(String contentType) {
        return contentType != null && contentType.split("[,;]")[0].trim().toLowerCase(Locale.ROOT).equals(GRAPHQL);
    }
}
