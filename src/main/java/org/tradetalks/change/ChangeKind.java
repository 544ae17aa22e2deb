package org.tradetalks.change;

public enum ChangeKind {
    CREATED,
    UPDATED,
    DELETED
}
