package org.counterweight.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;

/**
 * A request's query parameters, checked against what its endpoint declares: a malformed
 * percent-encoding, an unknown parameter, a repeated one, a value too long or of control characters,
 * a missing required one, or one that does not parse as its type is an {@link InvalidRequestException}
 * naming it (HTTP 400). Services check the meaning (an unknown actor, a year outside the data) and
 * name the field the same way.
 */
final class Query {
    /** The longest value accepted for one parameter. */
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]*");

    private final Map<String, String> values;
    private final Map<String, Param> declared;

    private Query(Map<String, String> values, Map<String, Param> declared) {
        this.values = values;
        this.declared = declared;
    }

    /** Decodes a request's query string (as sent, or null for none) and checks it against the declared parameters. */
    static Query of(String queryString, List<Param> params) {
        Map<String, Param> declared = params.stream().collect(Collectors.toMap(Param::name, p -> p));
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : decode(queryString).entrySet()) {
            String name = e.getKey();
            if (!declared.containsKey(name)) {
                throw new InvalidRequestException(name, "unknown parameter; this endpoint takes "
                        + (params.isEmpty() ? "none" : params.stream().map(Param::name).collect(Collectors.joining(", "))));
            }
            if (e.getValue().size() != 1) {
                throw new InvalidRequestException(name, "give it once (lists are comma-separated)");
            }
            String value = e.getValue().get(0);
            if (value.length() > MAX_VALUE_LENGTH || !PRINTABLE.matcher(value).matches()) {
                throw new InvalidRequestException(name, "at most " + MAX_VALUE_LENGTH
                        + " printable characters");
            }
            Param param = declared.get(name);
            if (!param.choices().isEmpty() && !param.choices().contains(value)) {
                throw new InvalidRequestException(name, "'" + value + "' is not one of " + param.choices());
            }
            values.put(name, value);
        }
        for (Param p : params) {
            if (p.required() && (values.get(p.name()) == null || values.get(p.name()).isBlank())) {
                throw new InvalidRequestException(p.name(), "required");
            }
        }
        return new Query(values, declared);
    }

    /**
     * The query string's parameters by name, in order, each with its values as given ({@code +} is a
     * space, as forms send it; a name without {@code =} has the empty value). A malformed escape (not
     * {@code %} and two hexadecimal digits, or escaped bytes that are not UTF-8) is refused naming its
     * parameter, or {@code query} when it is in a name, rather than dropped or misread.
     */
    private static Map<String, List<String>> decode(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** One name or value of a query string, decoded; {@code field} is what a malformed escape is reported against. */
    private static String decode(String encoded, String field) {
        StringBuilder text = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c != '%') {
                text.append(c == '+' ? ' ' : c);
                i++;
                continue;
            }
            ByteArrayOutputStream escaped = new ByteArrayOutputStream();
            for (; i < encoded.length() && encoded.charAt(i) == '%'; i += 3) {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidRequestException(field, "malformed percent-encoding: every '%' must be followed"
                            + " by two hexadecimal digits (a literal '%' is written %25)");
                }
                escaped.write(high * 16 + low);
            }
            try {
                text.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(escaped.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new InvalidRequestException(field, "malformed percent-encoding: the escaped bytes are not UTF-8");
            }
        }
        return text.toString();
    }

    /** The value, or null when absent or blank. */
    String string(String name) {
        check(name);
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value, or {@code otherwise} when absent. */
    String string(String name, String otherwise) {
        String value = string(name);
        return value == null ? otherwise : value;
    }

    /** The integer, or null when absent. */
    Integer integer(String name) {
        Long value = longValue(name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new InvalidRequestException(name, value + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    /** The integer, or {@code otherwise} when absent. */
    int integer(String name, int otherwise) {
        Integer value = integer(name);
        return value == null ? otherwise : value;
    }

    /** The long, or null when absent. */
    Long longValue(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "'" + value + "' is not a whole number");
        }
    }

    /** The number, or {@code otherwise} when absent. */
    double number(String name, double otherwise) {
        String value = string(name);
        if (value == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "'" + value + "' is not a finite number");
        }
    }

    /**
     * true or false; given without a value ({@code ?noCarry} or {@code noCarry=}) true, as a command-line
     * flag; absent false.
     */
    boolean bool(String name) {
        check(name);
        if (!values.containsKey(name)) {
            return false;
        }
        String value = values.get(name).strip();
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new InvalidRequestException(name, "'" + value + "' is neither true nor false (nor empty, which is"
                + " true)");
    }

    /** A comma-separated list, empty when absent. */
    List<String> list(String name) {
        String value = string(name);
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : Arrays.asList(value.split(","))) {
            if (item.isBlank()) {
                throw new InvalidRequestException(name, "an empty item in '" + value + "'");
            }
            items.add(item.strip());
        }
        return items;
    }

    /** The case ({@code case}, default south-asia). */
    CaseId caseId() {
        return new CaseId(string("case", ApiEndpoints.DEFAULT_CASE));
    }

    /** A year ({@value YearRange#EARLIEST}-{@value YearRange#LATEST}), or null when absent. */
    Integer year(String name) {
        Integer year = integer(name);
        if (year != null && (year < YearRange.EARLIEST || year > YearRange.LATEST)) {
            throw new InvalidRequestException(name, "a year " + YearRange.EARLIEST + "-" + YearRange.LATEST
                    + ", got " + year);
        }
        return year;
    }

    /** {@code from} and {@code to}, either open. */
    YearRange years() {
        return YearRange.of(year("from"), year("to"));
    }

    /** {@code year}, else {@code from} and {@code to}. */
    YearRange yearOrRange() {
        return YearRange.yearOr(year("year"), year("from"), year("to"));
    }

    private void check(String name) {
        if (!declared.containsKey(name)) {
            throw new IllegalStateException("the endpoint reads '" + name + "' without declaring it");
        }
    }
}
