package org.tradetalks.official;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a list of officials.")
public enum OfficialOrder {

    @Description("By name, A to Z.")
    NAME_ASC,

    @Description("By name, Z to A.")
    NAME_DESC,

    @Description("Most meetings attended first: the number of HELD meetings the official took part in (the "
            + "`meetingCount(status: [HELD])` of each official); ties by name, A to Z.")
    MEETINGS_HELD_DESC,

    @Description("Fewest meetings attended first: the exact reverse of MEETINGS_HELD_DESC.")
    MEETINGS_HELD_ASC
}
