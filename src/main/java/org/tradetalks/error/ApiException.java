package org.tradetalks.error;

/**
 * An error the client caused and can act on. Its message is shown to the client as is, so it must
 * name the offending field or value and never carry internal detail.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** This error as a GraphQL error tied to no field, for answers written before or instead of execution. */
    public CodedError toError() {
        return new CodedError(code, getMessage());
    }

    public static ApiException notFound(String type, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, "No " + type + " with id '" + id + "'.");
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiException limitExceeded(String message) {
        return new ApiException(ErrorCode.LIMIT_EXCEEDED, message);
    }
}
