package org.counterweight.core.model;

import java.util.Locale;

/** The typed taxonomy of agreements between actors. */
public enum AgreementType {
    /** Alliance or defence pact with mutual obligations. */
    ALLIANCE,
    /** Foundational military enabler: GSOMIA, LEMOA, COMCASA, BECA. */
    FOUNDATIONAL_ENABLER,
    /** A standing strategic or ministerial dialogue (the US-India 2+2). */
    STRATEGIC_DIALOGUE,
    /** Military training and education. */
    TRAINING,
    /** Civil nuclear cooperation. */
    CIVIL_NUCLEAR,
    /** Economic corridor or infrastructure programme (CPEC). */
    ECONOMIC_CORRIDOR,
    /** Purchase of weapons systems (India's S-400). */
    ARMS_DEAL,
    /** A sanctions law or regime; the first party imposes it. */
    SANCTION_REGIME,
    /** Accession to an organisation or grouping. */
    MEMBERSHIP_ACCESSION,
    /** Other cooperation agreements (space, education, technology). */
    COOPERATION;

    /** The case-file spelling: lower-case with hyphens. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the case-file spelling ({@code foundational-enabler}). */
    public static AgreementType fromLabel(String label) {
        return Labels.parse(AgreementType.class, label, "agreement type");
    }
}
