package org.tradetalks.tariff;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a tariff rate comes from: the cited article itself, or the public record because the article does not state it.")
public enum RateOrigin {
    SOURCE,
    PUBLIC_RECORD
}
