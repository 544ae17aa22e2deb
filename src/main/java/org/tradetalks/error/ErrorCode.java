package org.tradetalks.error;

/** The stable values of {@code extensions.code} that clients may branch on. */
public enum ErrorCode {
    NOT_FOUND,
    BAD_USER_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    LIMIT_EXCEEDED,
    /** A subscription's {@code after} cursor is older than the change log keeps: reload, then subscribe without it. */
    CURSOR_EXPIRED,
    /** A subscriber fell too far behind its events and was closed; resubscribe after its last cursor. */
    SLOW_CONSUMER,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    INTERNAL_SERVER_ERROR
}
