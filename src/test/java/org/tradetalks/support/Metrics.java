package org.tradetalks.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counters read off the management interface's /q/metrics, as an operator's scraper reads them. */
public final class Metrics {

    private Metrics() {
    }

    /** The response cache's hits or misses so far ({@code result} "hit" or "miss"). */
    public static double responseCache(String result) {
        return sum("graphql_response_cache_total\\{[^}]*result=\"" + result + "\"[^}]*\\}");
    }

    /** SQL statements Hibernate has prepared so far. */
    public static double sqlStatements() {
        return sum("hibernate_statements_total\\{[^}]*status=\"prepared\"[^}]*\\}");
    }

    private static double sum(String series) {
        String text = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher lines = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(text);
        double total = 0;
        while (lines.find()) {
            total += Double.parseDouble(lines.group(1));
        }
        return total;
    }
}
