/**
 * Readers for the CSV exports of the SIPRI Arms Transfers Database, as users download them from
 * SIPRI's web interface: TIV tables ({@link org.counterweight.io.sipri.SipriTivTableReader}, wide
 * partner-by-year tables into long {@link org.counterweight.core.model.ArmsTransfer} records) and the
 * deal-level trade register ({@link org.counterweight.io.sipri.SipriTradeRegisterReader}, into
 * {@link org.counterweight.core.model.ArmsDeal}), plus SIPRI's country names mapped to COW codes
 * ({@link org.counterweight.io.sipri.SipriCountryNames}).
 *
 * <p>Owns the SIPRI layouts only; depends on the core model and {@link org.counterweight.io.InputFormatException}.
 * Names without a code are not errors: each result lists them so that the CLI can warn. Everything
 * else that does not fit the layout is an {@code InputFormatException} naming file, line and field.
 */
package org.counterweight.io.sipri;
