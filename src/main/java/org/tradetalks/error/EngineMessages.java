package org.tradetalks.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Rewrites the messages graphql-java and SmallRye write for bad documents and values so that they speak GraphQL, not
 * Java: values as the client wrote them instead of their syntax-tree objects ({@code EnumValue{name='held'}}), no
 * Java class names, no internal message ids.
 */
final class EngineMessages {

    private static final Pattern UNKNOWN_SCALAR = Pattern.compile(
            "argument '([^']*)' with value .* is not a valid 'Unknown Scalar Type.*", Pattern.DOTALL);
    private static final Pattern ENUM_VALUE = Pattern.compile("EnumValue\\{name='([^']*)'\\}");
    private static final Pattern STRING_VALUE = Pattern.compile("StringValue\\{value='((?:[^'\\\\]|\\\\.)*)'\\}");
    private static final Pattern NUMBER_VALUE = Pattern.compile("(?:IntValue|FloatValue)\\{value=([^}]*)\\}");
    private static final Pattern BOOLEAN_VALUE = Pattern.compile("BooleanValue\\{value=(true|false)\\}");
    private static final Pattern NULL_VALUE = Pattern.compile("NullValue\\{\\}");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("VariableReference\\{name='([^']*)'\\}");
    private static final Pattern JAVA_TYPE = Pattern.compile("but it was a '([A-Za-z]+)'");
    private static final Pattern MESSAGE_ID = Pattern.compile("SRGQL\\d+: ");
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\((\\w+)@\\[[^\\]]*\\]\\) : ");
    private static final Pattern WRONG_LITERAL = Pattern.compile(
            "^argument '([^']*)' with value '(.*)' is not a valid '(\\w+)'(?: - (.*))?$", Pattern.DOTALL);
    private static final Pattern ENUM_NAMED = Pattern.compile("enum '(\\w+)'");

    private EngineMessages() {
    }

    /** {@link #clean(String)}, and where a value does not fit its type, what the type takes (an enum's values). */
    static String clean(String message, GraphQLSchema schema) {
        String text = clean(message);
        if (schema == null) {
            return text;
        }
        Matcher wrong = WRONG_LITERAL.matcher(text);
        if (wrong.matches()) {
            return "Argument '" + wrong.group(1) + "' has the value " + wrong.group(2) + ", which is not a valid "
                    + wrong.group(3) + expected(schema.getType(wrong.group(3)), wrong.group(4));
        }
        Matcher enumeration = ENUM_NAMED.matcher(text);
        if (enumeration.find() && schema.getType(enumeration.group(1)) instanceof GraphQLEnumType type) {
            return text + "; " + type.getName() + " is one of " + values(type) + ".";
        }
        return text;
    }

    private static String expected(GraphQLType type, String reason) {
        if (type instanceof GraphQLEnumType enumeration) {
            return ": one of " + values(enumeration) + ".";
        }
        String name = type == null ? "" : ((graphql.schema.GraphQLNamedType) type).getName();
        return switch (name) {
            case "Int" -> ": a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".";
            case "Float", "BigDecimal" -> ": a number such as 25 or 7.5.";
            case "Boolean" -> ": true or false.";
            case "String", "ID" -> ": a string in double quotes.";
            default -> type instanceof GraphQLInputObjectType || reason == null ? "." : ": " + sentence(reason);
        };
    }

    /** The scalar's own reason, which may or may not end its sentence. */
    private static String sentence(String reason) {
        return reason.endsWith(".") ? reason : reason + ".";
    }

    private static String values(GraphQLEnumType type) {
        return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "));
    }

    static String clean(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        Matcher unreadable = UNKNOWN_SCALAR.matcher(message);
        if (unreadable.find()) {
            return "argument '" + unreadable.group(1) + "' has an invalid value: a date, number or other value inside it "
                    + "could not be read (dates are YYYY, YYYY-MM or YYYY-MM-DD, numbers are plain decimals).";
        }
        String text = MESSAGE_ID.matcher(message).replaceAll("");
        text = VALIDATION_PREFIX.matcher(text).replaceFirst("");
        text = ENUM_VALUE.matcher(text).replaceAll("$1");
        text = STRING_VALUE.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\"" + match.group(1) + "\""));
        text = NUMBER_VALUE.matcher(text).replaceAll("$1");
        text = BOOLEAN_VALUE.matcher(text).replaceAll("$1");
        text = NULL_VALUE.matcher(text).replaceAll("null");
        text = VARIABLE_REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement("$" + match.group(1)));
        text = JAVA_TYPE.matcher(text).replaceAll(match -> "but it was " + javaTypeInGraphQL(match.group(1)));
        return text;
    }

    /** What a client sent, in GraphQL's words, for the Java class the engine names. */
    private static String javaTypeInGraphQL(String javaType) {
        return switch (javaType) {
            case "BigDecimal", "Double", "Float" -> "a number with a fraction";
            case "BigInteger", "Long", "Integer" -> "a whole number";
            case "String" -> "a string";
            case "Boolean" -> "a boolean";
            case "LinkedHashMap", "HashMap", "Map" -> "an object";
            case "ArrayList", "List" -> "a list";
            default -> "a value of another type";
        };
    }
}
