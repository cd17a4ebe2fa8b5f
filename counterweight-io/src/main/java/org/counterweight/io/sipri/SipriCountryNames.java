package org.counterweight.io.sipri;

import java.util.Locale;
import java.util.Map;

/**
 * SIPRI's country names (as printed in the Arms Transfers Database's TIV tables and trade register)
 * and their Correlates of War state codes.
 *
 * <p>The table is explicit and deliberately conservative: a name not in it has no code and is
 * reported by the readers as unmapped, never guessed. Names ending in {@code *} (SIPRI's mark for
 * non-state actors, e.g. "Mujahedin (Afghanistan)*") or {@code **} (international organisations,
 * e.g. "NATO**") and SIPRI's "Unknown supplier(s)" / "unknown recipient(s)" are known to have no
 * state code: they map to null and are not reported. This departs from the 360info mapping
 * (GitHub {@code 360-info/report-arms-trade}, {@code data/sipri-exports-processed.csv}), which
 * gives some rebel groups the code of the state they fought in.
 *
 * <p>Codes follow the COW State System Membership list (v2016). SIPRI's "Germany" is the Federal
 * Republic until 1990 and united Germany afterwards ({@link #cowCode(String, int)} returns 260 up to
 * 1990 and 255 from 1991); "Soviet Union" (to 1991) and "Russia" (from 1992) are both 365.
 */
public final class SipriCountryNames {
    /** COW code of the German Federal Republic (1955-1990). */
    static final int GFR = 260;
    /** COW code of Germany (to 1945 and from 3 October 1990). */
    static final int GERMANY = 255;

    private static final Map<String, Integer> CODES = Map.ofEntries(
            Map.entry("United States", 2), Map.entry("Canada", 20), Map.entry("Cuba", 40),
            Map.entry("Haiti", 41), Map.entry("Dominican Republic", 42), Map.entry("Jamaica", 51),
            Map.entry("Trinidad and Tobago", 52), Map.entry("Barbados", 53), Map.entry("Bahamas", 31),
            Map.entry("Mexico", 70), Map.entry("Belize", 80), Map.entry("Guatemala", 90),
            Map.entry("Honduras", 91), Map.entry("El Salvador", 92), Map.entry("Nicaragua", 93),
            Map.entry("Costa Rica", 94), Map.entry("Panama", 95), Map.entry("Colombia", 100),
            Map.entry("Venezuela", 101), Map.entry("Guyana", 110), Map.entry("Suriname", 115),
            Map.entry("Ecuador", 130), Map.entry("Peru", 135), Map.entry("Brazil", 140),
            Map.entry("Bolivia", 145), Map.entry("Paraguay", 150), Map.entry("Chile", 155),
            Map.entry("Argentina", 160), Map.entry("Uruguay", 165),
            Map.entry("United Kingdom", 200), Map.entry("Ireland", 205), Map.entry("Netherlands", 210),
            Map.entry("Belgium", 211), Map.entry("Luxembourg", 212), Map.entry("France", 220),
            Map.entry("Switzerland", 225), Map.entry("Spain", 230), Map.entry("Portugal", 235),
            Map.entry("Germany", GERMANY), Map.entry("East Germany (GDR)", 265), Map.entry("Poland", 290),
            Map.entry("Austria", 305), Map.entry("Hungary", 310), Map.entry("Czechoslovakia", 315),
            Map.entry("Czechia", 316), Map.entry("Czech Republic", 316), Map.entry("Slovakia", 317),
            Map.entry("Italy", 325), Map.entry("Malta", 338), Map.entry("Albania", 339),
            Map.entry("Montenegro", 341), Map.entry("North Macedonia", 343), Map.entry("Macedonia", 343),
            Map.entry("Croatia", 344), Map.entry("Yugoslavia", 345), Map.entry("Serbia", 345),
            Map.entry("Bosnia-Herzegovina", 346), Map.entry("Kosovo", 347), Map.entry("Slovenia", 349),
            Map.entry("Greece", 350), Map.entry("Cyprus", 352), Map.entry("Bulgaria", 355),
            Map.entry("Moldova", 359), Map.entry("Romania", 360), Map.entry("Soviet Union", 365),
            Map.entry("Russia", 365), Map.entry("Estonia", 366), Map.entry("Latvia", 367),
            Map.entry("Lithuania", 368), Map.entry("Ukraine", 369), Map.entry("Belarus", 370),
            Map.entry("Armenia", 371), Map.entry("Georgia", 372), Map.entry("Azerbaijan", 373),
            Map.entry("Finland", 375), Map.entry("Sweden", 380), Map.entry("Norway", 385),
            Map.entry("Denmark", 390), Map.entry("Iceland", 395),
            Map.entry("Cabo Verde", 402), Map.entry("Cape Verde", 402), Map.entry("Guinea-Bissau", 404),
            Map.entry("Equatorial Guinea", 411), Map.entry("Gambia", 420), Map.entry("Mali", 432),
            Map.entry("Senegal", 433), Map.entry("Benin", 434), Map.entry("Mauritania", 435),
            Map.entry("Niger", 436), Map.entry("Cote d'Ivoire", 437), Map.entry("Guinea", 438),
            Map.entry("Burkina Faso", 439), Map.entry("Liberia", 450), Map.entry("Sierra Leone", 451),
            Map.entry("Ghana", 452), Map.entry("Togo", 461), Map.entry("Cameroon", 471),
            Map.entry("Nigeria", 475), Map.entry("Gabon", 481), Map.entry("Central African Republic", 482),
            Map.entry("Chad", 483), Map.entry("Congo", 484), Map.entry("DR Congo", 490),
            Map.entry("Uganda", 500), Map.entry("Kenya", 501), Map.entry("Tanzania", 510),
            Map.entry("Burundi", 516), Map.entry("Rwanda", 517), Map.entry("Somalia", 520),
            Map.entry("Djibouti", 522), Map.entry("Ethiopia", 530), Map.entry("Eritrea", 531),
            Map.entry("Angola", 540), Map.entry("Mozambique", 541), Map.entry("Zambia", 551),
            Map.entry("Zimbabwe", 552), Map.entry("Malawi", 553), Map.entry("South Africa", 560),
            Map.entry("Namibia", 565), Map.entry("Lesotho", 570), Map.entry("Botswana", 571),
            Map.entry("Eswatini", 572), Map.entry("Swaziland", 572), Map.entry("Madagascar", 580),
            Map.entry("Comoros", 581), Map.entry("Mauritius", 590), Map.entry("Seychelles", 591),
            Map.entry("Morocco", 600), Map.entry("Algeria", 615), Map.entry("Tunisia", 616),
            Map.entry("Libya", 620), Map.entry("Sudan", 625), Map.entry("South Sudan", 626),
            Map.entry("Iran", 630), Map.entry("Turkey", 640), Map.entry("Turkiye", 640),
            Map.entry("Iraq", 645), Map.entry("Egypt", 651), Map.entry("Syria", 652),
            Map.entry("Lebanon", 660), Map.entry("Jordan", 663), Map.entry("Israel", 666),
            Map.entry("Saudi Arabia", 670), Map.entry("North Yemen", 678), Map.entry("Yemen", 679),
            Map.entry("South Yemen", 680), Map.entry("Kuwait", 690), Map.entry("Bahrain", 692),
            Map.entry("Qatar", 694), Map.entry("UAE", 696), Map.entry("Oman", 698),
            Map.entry("Afghanistan", 700), Map.entry("Turkmenistan", 701), Map.entry("Tajikistan", 702),
            Map.entry("Kyrgyzstan", 703), Map.entry("Uzbekistan", 704), Map.entry("Kazakhstan", 705),
            Map.entry("China", 710), Map.entry("Mongolia", 712), Map.entry("Taiwan", 713),
            Map.entry("North Korea", 731), Map.entry("South Korea", 732), Map.entry("Japan", 740),
            Map.entry("India", 750), Map.entry("Bhutan", 760), Map.entry("Pakistan", 770),
            Map.entry("Bangladesh", 771), Map.entry("Myanmar", 775), Map.entry("Sri Lanka", 780),
            Map.entry("Maldives", 781), Map.entry("Nepal", 790), Map.entry("Thailand", 800),
            Map.entry("Cambodia", 811), Map.entry("Laos", 812), Map.entry("Viet Nam", 816),
            Map.entry("South Vietnam", 817), Map.entry("Malaysia", 820), Map.entry("Singapore", 830),
            Map.entry("Brunei", 835), Map.entry("Philippines", 840), Map.entry("Indonesia", 850),
            Map.entry("Timor-Leste", 860), Map.entry("Australia", 900), Map.entry("Papua New Guinea", 910),
            Map.entry("New Zealand", 920), Map.entry("Fiji", 950));

    private SipriCountryNames() {
    }

    /**
     * The COW code for a SIPRI name in a given year, or null for non-state actors, unknown
     * suppliers or recipients, and names not in the table.
     */
    public static Integer cowCode(String sipriName, int year) {
        Integer code = CODES.get(sipriName.strip());
        if (code != null && code == GERMANY && year <= 1990) {
            return GFR;
        }
        return code;
    }

    /** True for SIPRI's non-state actors ({@code *}), organisations ({@code **}) and unknown parties. */
    public static boolean isNonState(String sipriName) {
        String name = sipriName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.endsWith("*") || lower.equals("unknown supplier(s)") || lower.equals("unknown recipient(s)")
                || lower.equals("unknown country");
    }

    /** True when the name is in the table or is a non-state name: it needs no warning. */
    public static boolean isKnown(String sipriName) {
        return CODES.containsKey(sipriName.strip()) || isNonState(sipriName);
    }
}
