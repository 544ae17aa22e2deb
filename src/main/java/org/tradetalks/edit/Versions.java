package org.tradetalks.edit;

import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;

/** Optimistic locking as clients see it: they send back the version they read. */
public final class Versions {

    private Versions() {
    }

    /** Refuses with CONFLICT when the client's version is not the stored one. */
    public static void check(String type, Object id, int stored, int sent) {
        if (stored != sent) {
            throw new ApiException(ErrorCode.CONFLICT, "The " + type + " '" + id + "' is at version " + stored
                    + " but the request names version " + sent + ": it was changed since you read it. "
                    + "Read it again and retry.");
        }
    }
}
