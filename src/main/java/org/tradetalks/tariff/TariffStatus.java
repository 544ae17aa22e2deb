package org.tradetalks.tariff;

public enum TariffStatus {
    THREATENED,
    IN_FORCE,
    UNDER_NEGOTIATION,
    EXEMPTED,
    SUSPENDED,
    LIFTED
}
