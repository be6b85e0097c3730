package dev.avrr.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;

/**
 * Integer and boolean parameters read strictly: an integer is digits within the range of an int
 * ({@code page=99999999999}, {@code size=1e2} are refused), a boolean is {@code true} or {@code false}
 * ({@code minor=maybe} is not read as false). A value that does not fit is a 400 naming the parameter, not the
 * 404 the JAX-RS default gives a query parameter it cannot convert.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    /** A parameter that could not be read: carries the problem through the framework's conversion step. */
    public static final class Unreadable extends WebApplicationException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Unreadable(ProblemException problem) {
            super(problem.getMessage(), null, problem.problem().status);
            this.problem = problem.problem();
        }

        public Problem problem() {
            return problem;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, StrictParameters::integer);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, StrictParameters::bool);
        }
        return null;
    }

    private static Integer integer(String name, String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new Unreadable(Problems.invalid(name, "must be a whole number"));
        }
        long parsed = Long.parseLong(value);
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw new Unreadable(Problems.invalid(name, "is out of range"));
        }
        return (int) parsed;
    }

    private static Boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new Unreadable(Problems.invalid(name, "must be true or false"));
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }

    private interface Parse<T> {
        T parse(String name, String value);
    }

    private record Converter<T>(String name, Parse<T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null ? null : parse.parse(name, value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
