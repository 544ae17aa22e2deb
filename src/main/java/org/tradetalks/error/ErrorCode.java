package org.tradetalks.error;

/** The stable values of {@code extensions.code} that clients may branch on. */
public enum ErrorCode {
    /** The HTTP request is not a GraphQL request: not JSON, no query, a parameter of the wrong type, a wrong method. */
    BAD_REQUEST,
    /** The document is not GraphQL (a syntax error), with the line and column. */
    GRAPHQL_PARSE_FAILED,
    /**
     * An automatic persisted query was sent by its hash alone and this replica does not know the document (yet): send
     * it again with the query (Apollo Client's persisted queries link does so by itself). Answered with HTTP 200.
     */
    PERSISTED_QUERY_NOT_FOUND,
    /** The document does not fit the schema (an unknown field, a wrong argument type, a bad enum value). */
    GRAPHQL_VALIDATION_FAILED,
    /** The operation to run cannot be chosen: operationName names none, or is missing where several are sent. */
    OPERATION_RESOLUTION_FAILURE,
    /** A value the schema accepts but the data does not: an unknown id, a negative rate, a date out of order. */
    BAD_USER_INPUT,
    NOT_FOUND,
    /** No valid bearer token where a change needs one (missing, expired or invalid). */
    UNAUTHENTICATED,
    /** A valid token without the editor role. */
    FORBIDDEN,
    /** The record changed since it was read (a stale version), or is still in use. */
    CONFLICT,
    /** The request asks for more than the service gives one request: depth, cost, size, page size, time. */
    LIMIT_EXCEEDED,
    /** A subscription's {@code after} cursor is older than the change log keeps: reload, then subscribe without it. */
    CURSOR_EXPIRED,
    /** A subscriber fell too far behind its events and was closed; resubscribe after its last cursor. */
    SLOW_CONSUMER,
    /** This field's change was not saved because another root field of the same mutation document failed. */
    ROLLED_BACK,
    INTERNAL_SERVER_ERROR
}
