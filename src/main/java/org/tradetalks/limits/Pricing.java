package org.tradetalks.limits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Prices a parsed document before it is validated or run: how many fields the engine would resolve, and how deep.
 *
 * <p>Fragments are expanded the way the engine expands them, but each fragment is priced once: a spread costs what its
 * fragment costs, times the lists around the spread. Fragments are priced in dependency order, so the work is linear
 * in the size of the document however the spreads multiply (a fragment spreading the next one twice, 25 times over,
 * is priced in 25 steps and costs 2^25), and spreads that form a cycle are found rather than followed.
 *
 * <p>A field costs one, plus its selections once per item it is expected to return: a field with a {@code first}
 * argument returns that many (up to the page size limit; the default page size without it); the lists inside a
 * connection are counted by the connection's {@code first}; any other list is expected to hold a few items. Within
 * introspection ({@code __schema}, {@code __type}) lists are priced by this schema's real sizes, and counted apart,
 * so tools can load the schema whatever the data limits are.
 *
 * <p>The same walk counts aliases and directives and checks number literals, once per node of the document.
 */
public final class Pricing {

    /** Expected items of a list that has no {@code first}, e.g. a meeting's participants. */
    static final int NESTED_LIST_ITEMS = 5;
    /** Prices saturate here instead of overflowing; any limit is far below. */
    static final long CAP = 1L << 50;
    /** Longest number literal or variable accepted, in digits: enough for any Int, Float or decimal rate. */
    static final int MAX_DIGITS = 100;
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final GraphQLSchema schema;
    private final int maxPageSize;
    private final int defaultPageSize;
    /** Items of each introspection list ("__Type.fields"), from this schema. */
    private final Map<String, Long> introspectionItems;

    public Pricing(GraphQLSchema schema, int maxPageSize, int defaultPageSize) {
        this.schema = schema;
        this.maxPageSize = maxPageSize;
        this.defaultPageSize = Math.min(defaultPageSize, maxPageSize);
        this.introspectionItems = introspectionItems(schema);
    }

    /** What the document would cost with these variables (raw, as the client sent them). */
    public Price price(Document document, Map<String, Object> variables) {
        return new Walk(variables == null ? Map.of() : variables).price(document);
    }

    /**
     * Why the variables cannot be read as the operation declares them: an Int outside the 32-bit range (the engine
     * would narrow it silently, so 4294967298 would arrive as 2), or a number too long to be meant.
     */
    public List<String> variableProblems(OperationDefinition operation, Map<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        if (variables == null) {
            return problems;
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            Object value = variables.get(definition.getName());
            String label = "Variable '$" + definition.getName() + "'";
            if (!numbersFit(value)) {
                problems.add(label + " holds a number of more than " + MAX_DIGITS + " digits.");
            } else if (isInt(definition.getType()) && !intsFit(value)) {
                problems.add(label + notAnInt());
            }
        }
        return problems;
    }

    private static String notAnInt() {
        return " is not an Int: an Int is a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".";
    }

    /** The price of a document: the most expensive of its operations and fragments. */
    public record Price(long cost, long expanded, int depth, long introspectionCost, int introspectionDepth,
            int aliases, int directives, int operations, List<String> cycle, String duplicateFragment,
            List<String> literalProblems, boolean dependsOnVariables) {
    }

    /** What a selection set costs: in data fields and in introspection fields, with the depths of each. */
    private static final class Cost {
        long data;
        long introspection;
        /** Fields the engine expands, each counted once, lists ignored: what validation and field selection walk. */
        long expanded;
        int dataDepth;
        int introspectionDepth;

        void add(Cost other) {
            data = sum(data, other.data);
            introspection = sum(introspection, other.introspection);
            expanded = sum(expanded, other.expanded);
            dataDepth = Math.max(dataDepth, other.dataDepth);
            introspectionDepth = Math.max(introspectionDepth, other.introspectionDepth);
        }

        void max(Cost other) {
            data = Math.max(data, other.data);
            introspection = Math.max(introspection, other.introspection);
            expanded = Math.max(expanded, other.expanded);
            dataDepth = Math.max(dataDepth, other.dataDepth);
            introspectionDepth = Math.max(introspectionDepth, other.introspectionDepth);
        }
    }

    private static long sum(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long product(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > CAP / b ? CAP : Math.min(CAP, a * b);
    }

    private final class Walk {

        private final Map<String, Object> variables;
        private final Map<String, Value<?>> variableDefaults = new HashMap<>();
        private final Map<String, Cost> fragmentCosts = new HashMap<>();
        private final List<String> literalProblems = new ArrayList<>();
        private int aliases;
        private int directives;
        private boolean usesVariables;

        Walk(Map<String, Object> variables) {
            this.variables = variables;
        }

        Price price(Document document) {
            Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
            List<OperationDefinition> operations = new ArrayList<>();
            for (var definition : document.getDefinitions()) {
                if (definition instanceof FragmentDefinition fragment) {
                    if (fragments.putIfAbsent(fragment.getName(), fragment) != null) {
                        return refusal(operations.size(), List.of(), fragment.getName());
                    }
                } else if (definition instanceof OperationDefinition operation) {
                    operations.add(operation);
                    for (VariableDefinition variable : operation.getVariableDefinitions()) {
                        if (variable.getDefaultValue() != null) {
                            variableDefaults.putIfAbsent(variable.getName(), variable.getDefaultValue());
                            value(variable.getDefaultValue(), null, "The default of '$" + variable.getName() + "'");
                        }
                        directives(variable.getDirectives());
                    }
                }
            }
            List<String> cycle = priceFragmentsInDependencyOrder(fragments);
            if (!cycle.isEmpty()) {
                return refusal(operations.size(), cycle, null);
            }
            Cost most = new Cost();
            fragmentCosts.values().forEach(most::max);
            for (OperationDefinition operation : operations) {
                directives(operation.getDirectives());
                most.max(selections(operation.getSelectionSet(), rootType(operation)));
            }
            return new Price(most.data, most.expanded, most.dataDepth, most.introspection, most.introspectionDepth,
                    aliases, directives, operations.size(), List.of(), null, List.copyOf(literalProblems), usesVariables);
        }

        private Price refusal(int operations, List<String> cycle, String duplicateFragment) {
            return new Price(0, 0, 0, 0, 0, aliases, directives, operations, cycle, duplicateFragment, List.of(), false);
        }

        /**
         * Prices each fragment after the fragments it spreads (Kahn's algorithm, no recursion across fragments), and
         * returns the fragments left unpriced because they spread each other in a cycle.
         */
        private List<String> priceFragmentsInDependencyOrder(Map<String, FragmentDefinition> fragments) {
            Map<String, Set<String>> spreads = new HashMap<>();
            Map<String, List<String>> spreadBy = new HashMap<>();
            Map<String, Integer> unpriced = new HashMap<>();
            Deque<String> ready = new ArrayDeque<>();
            for (FragmentDefinition fragment : fragments.values()) {
                Set<String> names = new HashSet<>();
                collectSpreads(fragment.getSelectionSet(), names);
                names.retainAll(fragments.keySet());
                spreads.put(fragment.getName(), names);
                for (String name : names) {
                    spreadBy.computeIfAbsent(name, n -> new ArrayList<>()).add(fragment.getName());
                }
                unpriced.put(fragment.getName(), names.size());
                if (names.isEmpty()) {
                    ready.add(fragment.getName());
                }
            }
            while (!ready.isEmpty()) {
                String name = ready.poll();
                FragmentDefinition fragment = fragments.get(name);
                directives(fragment.getDirectives());
                fragmentCosts.put(name, selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName())));
                for (String dependent : spreadBy.getOrDefault(name, List.of())) {
                    if (unpriced.merge(dependent, -1, Integer::sum) == 0) {
                        ready.add(dependent);
                    }
                }
            }
            return fragments.keySet().stream().filter(name -> !fragmentCosts.containsKey(name)).sorted().toList();
        }

        private void collectSpreads(SelectionSet set, Set<String> names) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    collectSpreads(field.getSelectionSet(), names);
                } else if (selection instanceof InlineFragment inline) {
                    collectSpreads(inline.getSelectionSet(), names);
                } else if (selection instanceof FragmentSpread spread) {
                    names.add(spread.getName());
                }
            }
        }

        private GraphQLType rootType(OperationDefinition operation) {
            return switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
        }

        private Cost selections(SelectionSet set, GraphQLType parent) {
            Cost total = new Cost();
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    total.add(field(field, parent));
                } else if (selection instanceof InlineFragment inline) {
                    directives(inline.getDirectives());
                    GraphQLType type = inline.getTypeCondition() == null ? parent
                            : schema.getType(inline.getTypeCondition().getName());
                    total.add(selections(inline.getSelectionSet(), type));
                } else if (selection instanceof FragmentSpread spread) {
                    directives(spread.getDirectives());
                    Cost fragment = fragmentCosts.get(spread.getName());
                    if (fragment != null) {
                        total.add(fragment);
                    }
                }
            }
            return total;
        }

        private Cost field(Field field, GraphQLType parent) {
            if (field.getAlias() != null) {
                aliases++;
            }
            directives(field.getDirectives());
            String name = field.getName();
            GraphQLFieldDefinition definition = definition(parent, name);
            for (Argument argument : field.getArguments()) {
                GraphQLArgument declared = definition == null ? null : definition.getArgument(argument.getName());
                value(argument.getValue(), declared == null ? null : declared.getType(), "Argument '" + argument.getName() + "'");
            }
            boolean introspection = isIntrospection(parent) || name.equals("__schema") || name.equals("__type");
            Cost children = selections(field.getSelectionSet(),
                    definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType()));
            long items = definition == null ? 1 : items(field, definition, parent, introspection);
            Cost cost = new Cost();
            cost.expanded = sum(1, children.expanded);
            if (introspection) {
                cost.introspection = sum(1, product(items, sum(children.introspection, children.data)));
                cost.introspectionDepth = 1 + Math.max(children.introspectionDepth, children.dataDepth);
            } else {
                cost.data = sum(1, product(items, children.data));
                cost.introspection = product(items, children.introspection);
                cost.dataDepth = 1 + children.dataDepth;
                cost.introspectionDepth = children.introspectionDepth == 0 ? 0 : 1 + children.introspectionDepth;
            }
            return cost;
        }

        private long items(Field field, GraphQLFieldDefinition definition, GraphQLType parent, boolean introspection) {
            boolean list = isList(definition.getType());
            if (introspection) {
                return list ? introspectionItems.getOrDefault(((GraphQLNamedType) parent).getName() + "." + field.getName(), 1L) : 1;
            }
            if (definition.getArgument("first") != null) {
                return Math.max(1, Math.min(maxPageSize, first(field, definition.getArgument("first"))));
            }
            if (list) {
                return isConnection(parent) ? 1 : NESTED_LIST_ITEMS;
            }
            return 1;
        }

        /** The page a field asks for: its {@code first} literal or variable, else the argument's default or the default page size. */
        private long first(Field field, GraphQLArgument declared) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    Value<?> value = argument.getValue();
                    if (value instanceof VariableReference reference) {
                        usesVariables = true;
                        Object given = variables.get(reference.getName());
                        if (given instanceof Number number && numbersFit(number)) {
                            return new BigDecimal(number.toString()).min(BigDecimal.valueOf(maxPageSize)).longValue();
                        }
                        value = variables.containsKey(reference.getName()) ? null : variableDefaults.get(reference.getName());
                    }
                    if (value instanceof IntValue literal) {
                        return literal.getValue().min(BigInteger.valueOf(maxPageSize)).longValue();
                    }
                }
            }
            Object declaredDefault = declared.hasSetDefaultValue() ? declared.getArgumentDefaultValue().getValue() : null;
            if (declaredDefault instanceof IntValue literal) {
                return literal.getValue().min(BigInteger.valueOf(maxPageSize)).longValue();
            }
            return declaredDefault instanceof Number number ? Math.min(maxPageSize, number.longValue()) : defaultPageSize;
        }

        private void directives(List<Directive> used) {
            directives += used.size();
            for (Directive directive : used) {
                GraphQLDirective declared = schema.getDirective(directive.getName());
                for (Argument argument : directive.getArguments()) {
                    GraphQLArgument parameter = declared == null ? null : declared.getArgument(argument.getName());
                    value(argument.getValue(), parameter == null ? null : parameter.getType(),
                            "Argument '" + argument.getName() + "' of @" + directive.getName());
                }
            }
        }

        /** Checks the number literals in a value: every Int in range, none absurdly long. */
        private void value(Value<?> value, GraphQLInputType type, String label) {
            GraphQLType unwrapped = type == null ? null : GraphQLTypeUtil.unwrapNonNull(type);
            if (value instanceof IntValue literal) {
                if (literal.getValue().abs().toString().length() > MAX_DIGITS) {
                    literalProblems.add(label + " is a number of more than " + MAX_DIGITS + " digits.");
                } else if (unwrapped != null && GraphQLTypeUtil.unwrapAll(unwrapped).getName().equals("Int")
                        && (literal.getValue().compareTo(INT_MIN) < 0 || literal.getValue().compareTo(INT_MAX) > 0)) {
                    literalProblems.add(label + notAnInt());
                }
            } else if (value instanceof FloatValue literal && !numbersFit(literal.getValue())) {
                literalProblems.add(label + " is a number of more than " + MAX_DIGITS + " digits.");
            } else if (value instanceof ArrayValue array) {
                GraphQLInputType element = unwrapped instanceof GraphQLList list ? (GraphQLInputType) list.getWrappedType() : null;
                for (Value<?> item : array.getValues()) {
                    value(item, element, label);
                }
            } else if (value instanceof ObjectValue object) {
                for (ObjectField field : object.getObjectFields()) {
                    GraphQLInputObjectField declared = unwrapped instanceof GraphQLInputObjectType input ? input.getField(field.getName()) : null;
                    value(field.getValue(), declared == null ? null : declared.getType(), label);
                }
            }
        }
    }

    private static boolean numbersFit(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(Pricing::numbersFit);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(Pricing::numbersFit);
        }
        if (value instanceof BigDecimal decimal) {
            // precision - scale: digits before the point; scale: digits after it (negative for 1E+999999999).
            return decimal.precision() <= MAX_DIGITS && Math.abs((long) decimal.scale()) <= MAX_DIGITS
                    && Math.abs((long) decimal.precision() - decimal.scale()) <= MAX_DIGITS;
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() <= MAX_DIGITS * 3;
        }
        return true;
    }

    /** Whole numbers within the Int range (the engine would let 1.5 through to the resolver's own conversion). */
    private static boolean intsFit(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(Pricing::intsFit);
        }
        if (!(value instanceof Number number)) {
            return true; // not a number at all: the engine's coercion names the problem
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0
                && decimal.compareTo(new BigDecimal(INT_MIN)) >= 0 && decimal.compareTo(new BigDecimal(INT_MAX)) <= 0;
    }

    private static boolean isInt(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return isInt(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return isInt(list.getType());
        }
        return type instanceof TypeName name && name.getName().equals("Int");
    }

    private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        if (name.equals("__typename")) {
            return null;
        }
        if (parent == schema.getQueryType() && (name.equals("__schema") || name.equals("__type"))) {
            return name.equals("__schema") ? graphql.introspection.Introspection.SchemaMetaFieldDef
                    : graphql.introspection.Introspection.TypeMetaFieldDef;
        }
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private static boolean isIntrospection(GraphQLType type) {
        return type instanceof GraphQLNamedType named && named.getName().startsWith("__");
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    /** A Relay connection: its edges are as many as the field returning it asks for with {@code first}. */
    private static boolean isConnection(GraphQLType type) {
        return type instanceof GraphQLObjectType object && object.getFieldDefinition("edges") != null
                && object.getFieldDefinition("pageInfo") != null;
    }

    /** The average length of each introspection list over this schema: what one item of its parent lists. */
    private static Map<String, Long> introspectionItems(GraphQLSchema schema) {
        List<GraphQLNamedType> types = schema.getAllTypesAsList();
        long fields = 0;
        long arguments = 0;
        long inputFields = 0;
        long enumValues = 0;
        long interfaces = 0;
        long possibleTypes = 0;
        for (GraphQLNamedType type : types) {
            if (type instanceof GraphQLFieldsContainer container) {
                fields += container.getFieldDefinitions().size();
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    arguments += field.getArguments().size();
                }
            }
            if (type instanceof GraphQLObjectType object) {
                interfaces += object.getInterfaces().size();
            }
            if (type instanceof GraphQLInterfaceType face) {
                interfaces += face.getInterfaces().size();
                possibleTypes += schema.getImplementations(face).size();
            }
            if (type instanceof GraphQLUnionType union) {
                possibleTypes += union.getTypes().size();
            }
            if (type instanceof GraphQLInputObjectType input) {
                inputFields += input.getFieldDefinitions().size();
            }
            if (type instanceof GraphQLEnumType enumeration) {
                enumValues += enumeration.getValues().size();
            }
        }
        long directives = schema.getDirectives().size();
        long directiveArguments = schema.getDirectives().stream().mapToLong(d -> d.getArguments().size()).sum();
        long typeCount = types.size();
        Map<String, Long> items = new HashMap<>();
        items.put("__Schema.types", typeCount);
        items.put("__Schema.directives", Math.max(1, directives));
        items.put("__Type.fields", average(fields, typeCount));
        items.put("__Type.inputFields", average(inputFields, typeCount));
        items.put("__Type.enumValues", average(enumValues, typeCount));
        items.put("__Type.interfaces", average(interfaces, typeCount));
        items.put("__Type.possibleTypes", average(possibleTypes, typeCount));
        items.put("__Field.args", average(arguments, fields));
        items.put("__Directive.args", average(directiveArguments, directives));
        return Map.copyOf(items);
    }

    private static long average(long total, long owners) {
        return owners == 0 ? 1 : Math.max(1, (total + owners - 1) / owners);
    }
}
