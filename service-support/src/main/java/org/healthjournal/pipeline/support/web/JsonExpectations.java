package org.healthjournal.pipeline.support.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a JSON field should have held, in plain words: never a Java type name. */
final class JsonExpectations {

    private JsonExpectations() {
    }

    static String of(JsonMappingException problem) {
        if (problem instanceof PropertyBindingException) {
            return "is not a field of this request";
        }
        if (problem instanceof ValueInstantiationException) {
            return "has a value that is not allowed";
        }
        if (problem instanceof InvalidFormatException format && format.getTargetType() != null) {
            return expected(format.getTargetType());
        }
        if (problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a date and time with its offset, such as 2026-03-01T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-01";
        }
        if (type == UUID.class) {
            return "must be an identifier such as 3f2b1c9e-8a4d-4e57-9b1a-2c6d7e8f9a0b";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be a group of named values";
        }
        return "must be a group of fields";
    }
}
