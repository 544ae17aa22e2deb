package org.tradetalks.edge;

import java.util.Map;

import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;

/** A request the edge answers itself, before any execution: the HTTP status, the error, and headers it needs. */
final class Refusal extends Exception {

    final int status;
    final CodedError error;
    final Map<String, String> headers;

    Refusal(int status, ErrorCode code, String message) {
        this(status, code, message, Map.of());
    }

    Refusal(int status, ErrorCode code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.error = new CodedError(code, message);
        this.headers = headers;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, ErrorCode.BAD_REQUEST, message);
    }
}
