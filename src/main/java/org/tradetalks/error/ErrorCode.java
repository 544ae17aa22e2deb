package org.tradetalks.error;

/** The stable values of {@code extensions.code} that clients may branch on. */
public enum ErrorCode {
    NOT_FOUND,
    BAD_USER_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    LIMIT_EXCEEDED,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    INTERNAL_SERVER_ERROR
}
