package org.counterweight.core.model;

/** A number with its unit, as stated by a source ({@code 64 billion-usd}, {@code 6.6 percent}). */
public record Quantity(double amount, String unit) {
    public Quantity {
        Checks.finite(amount, "amount");
        unit = Checks.text(unit, "unit");
    }
}
