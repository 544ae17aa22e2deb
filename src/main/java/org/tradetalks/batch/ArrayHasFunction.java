package org.tradetalks.batch;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The HQL function {@code array_has(:array, value)}, rendered as {@code value = any(?)} with the whole array bound as
 * one parameter. Queries filtering by a list of keys (the batch queries, the country filters) use it instead of
 * {@code value in :list}: Hibernate does not cache the plan of a query with a list parameter and translates it to
 * SQL again at every execution (about 8% of the CPU time of the nested benchmark query), and it probes each list by
 * trying to convert it to a single value, which throws. H2 and
 * PostgreSQL both answer {@code = any(?)} from the column's index, like an {@code in} list (Hibernate's own
 * {@code array_contains} does not, on H2: it scans the table).
 * <p>
 * The array comes first: Hibernate lets the last argument of any function take a list, and a query with such a
 * parameter is not cached either.
 */
public final class ArrayHasFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

    public static final String NAME = "array_has";

    ArrayHasFunction(TypeConfiguration types) {
        super(NAME, StandardArgumentsValidators.exactly(2),
                StandardFunctionReturnTypeResolvers.invariant(types.standardBasicTypeForJavaType(Boolean.class)),
                ArrayContainsArgumentTypeResolver.INSTANCE);
    }

    @Override
    public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
            SqlAstTranslator<?> walker) {
        sql.append('(');
        arguments.get(1).accept(walker);
        sql.append(" = any(");
        arguments.get(0).accept(walker);
        sql.append("))");
    }

    @Override
    public String getArgumentListSignature() {
        return "(ARRAY array, OBJECT value)";
    }

    /** Registers the function with Hibernate (found through {@code META-INF/services}). */
    public static final class Contributor implements FunctionContributor {

        @Override
        public void contributeFunctions(FunctionContributions contributions) {
            contributions.getFunctionRegistry()
                    .register(NAME, new ArrayHasFunction(contributions.getTypeConfiguration()));
        }
    }
}
