package org.counterweight.store;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.io.dataset.AtopDyadYearReader;
import org.counterweight.io.dataset.CameoCodebookReader;
import org.counterweight.io.dataset.CapitalReader;
import org.counterweight.io.dataset.ContiguityReader;
import org.counterweight.io.dataset.CountryCodeListReader;
import org.counterweight.io.dataset.CowStatesReader;
import org.counterweight.io.dataset.DatasetReader;
import org.counterweight.io.dataset.DemocracyReader;
import org.counterweight.io.dataset.DisputeDyadYearReader;
import org.counterweight.io.dataset.EconomicEstimateReader;
import org.counterweight.io.dataset.GwStatesReader;
import org.counterweight.io.dataset.IdealPointReader;
import org.counterweight.io.dataset.IgoMembershipReader;
import org.counterweight.io.dataset.MajorPowersReader;
import org.counterweight.io.dataset.MinimumDistanceReader;
import org.counterweight.io.dataset.NmcReader;
import org.counterweight.io.dataset.ObligationEndsReader;
import org.counterweight.io.dataset.RivalryReader;
import org.counterweight.io.dataset.SharedIgoReader;
import org.counterweight.io.dataset.SipriMilexReader;
import org.counterweight.io.dataset.SipriTivFlowReader;
import org.counterweight.io.dataset.SipriTivTotalReader;
import org.counterweight.io.dataset.StateAdjectivesReader;
import org.counterweight.io.dataset.StateNamesReader;
import org.counterweight.io.dataset.TssRivalryReader;
import org.counterweight.io.dataset.UnAgreementReader;
import org.counterweight.io.dataset.UnVoteReader;
import org.counterweight.io.sipri.SipriTivTableReader;
import org.counterweight.io.sipri.SipriTradeRegisterReader;

/**
 * The file layouts {@code import DATASET FILE} understands, each with its reader and table. A
 * format's version is the dataset release the file belongs to; formats whose files state it
 * (SIPRI TIV tables) read it from the file.
 */
public enum DatasetFormat {
    COW_NMC("COW National Material Capabilities, abridged CSV (NMC-x.y-abridged.csv)", "version such as 7.0"),
    ATOP("ATOP directed dyad-year CSV (peacesciencer layout)", null),
    SIPRI_MILEX("SIPRI military expenditure, long CSV as bundled", null),
    SIPRI_TIV("SIPRI TIV flows, long CSV as bundled (supplier,...,recipient,...,year,tiv_millions)", null),
    SIPRI_TIV_TABLE("SIPRI TIV table as downloaded from SIPRI ('TIV of arms exports from X' / 'imports to X')", null),
    SIPRI_TRADE_REGISTER("SIPRI trade register CSV as downloaded from SIPRI (deal level)", null),
    SIPRI_TIV_TOTALS("SIPRI supplier export totals, long CSV as bundled", null),
    COW_STATES("COW state system membership (states2016.csv layout)", null),
    GW_STATES("Gleditsch-Ward state list (isard gw_system layout)", null),
    COUNTRYCODE("countrycode codelist CSV", null),
    STATE_NAMES("curated names of COW state codes over years (state_names_curated.csv layout)", null),
    STATE_ADJECTIVES("curated English adjectives of states by ISO3 (state_adjectives_curated.csv layout)", null),
    OBLIGATION_ENDS("curated ends of carried treaty obligations (obligation_ends.csv layout)", null),
    TD_RIVALRIES("Thompson-Dreyer strategic rivalries CSV", null),
    TSS_RIVALRIES("Thompson, Sakuwa & Suhas (2021) strategic rivalries CSV (peacesciencer tss_rivalries)", null),
    COW_CONTIGUITY("COW direct contiguity, directed spells (peacesciencer layout)", null),
    COW_MAJORS("COW major powers list", null),
    UNGA_VOTES("UN General Assembly votes rcid,ccode,vote", null),
    UNGA_IDEAL_POINTS("Voeten UNGA ideal points CSV", null),
    UNGA_AGREEMENT("UNGA agreement, focal dyads (derived)", null),
    CAMEO_CODEBOOK("CAMEO event codebook with Goldstein values", null),
    DEMOCRACY("democracy scores by COW state-year (peacesciencer ccode_democracy layout)", null),
    SDP_GDP("simulated GDP, population and SDP by COW state-year as ln(x + 1) (peacesciencer cow_sdp_gdp layout)",
            null),
    GML_MIDS("GML MIDs, one dispute per directed dyad-year (peacesciencer gml_mid_ddydisps layout)", null),
    COW_MIDS("COW MIDs, one dispute per directed dyad-year (peacesciencer cow_mid_ddydisps layout)", null),
    CAPITALS("capitals with dates and coordinates (peacesciencer cow_capitals layout)", null),
    CAPITAL_CORRECTIONS("curated capital spells replacing a state's spells (cow_capitals_corrections.csv layout)",
            null),
    MIN_DISTANCE("minimum distances between COW states as runs of years (cow_mindist_spells.csv layout)", null),
    IGO_DYADS("COW IGO shared full memberships per non-directed dyad-year (peacesciencer cow_igo_ndy layout)", null),
    IGO_STATES("COW IGO memberships per state-year (peacesciencer cow_igo_sy layout)", null);

    private final String description;
    private final String versionHint;

    DatasetFormat(String description, String versionHint) {
        this.description = description;
        this.versionHint = versionHint;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** Whether the caller must say which version the file is (it is not in the file). */
    public boolean needsVersion() {
        return versionHint != null;
    }

    public String versionHint() {
        return versionHint;
    }

    public static DatasetFormat fromLabel(String label) {
        for (DatasetFormat format : values()) {
            if (format.label().equals(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + label + "'; known: "
                + Arrays.stream(values()).map(DatasetFormat::label).collect(Collectors.joining(", ")));
    }

    /** Reads {@code input} and stages its records into {@code batch}; returns names it could not map. */
    java.util.Set<String> stage(ImportBatch batch, Reader input, String fileName, String version) {
        switch (this) {
            case COW_NMC -> stage(batch, DatasetTables.NMC, new NmcReader(version), input, fileName);
            case ATOP -> stage(batch, DatasetTables.ATOP, new AtopDyadYearReader(), input, fileName);
            case SIPRI_MILEX -> stage(batch, DatasetTables.MILEX, new SipriMilexReader(), input, fileName);
            case SIPRI_TIV -> {
                List<ArmsTransfer> transfers = new ArrayList<>();
                new SipriTivFlowReader().read(input, fileName, transfers::add);
                batch.stage(DatasetTables.ARMS_TRANSFERS, sink -> transfers.forEach(sink));
                batch.stage(DatasetTables.ARMS_COVERAGE, sink -> SipriTivFlowReader.coverage(transfers).forEach(sink));
            }
            case SIPRI_TIV_TABLE -> {
                var table = new SipriTivTableReader().read(input, fileName);
                batch.stage(DatasetTables.ARMS_TRANSFERS, sink -> table.transfers().forEach(sink));
                batch.stage(DatasetTables.ARMS_COVERAGE, sink -> sink.accept(table.coverage()));
                return table.unmappedNames();
            }
            case SIPRI_TRADE_REGISTER -> {
                var register = new SipriTradeRegisterReader().read(input, fileName);
                batch.stage(DatasetTables.ARMS_DEALS, sink -> register.deals().forEach(sink));
                return register.unmappedNames();
            }
            case SIPRI_TIV_TOTALS -> stage(batch, DatasetTables.ARMS_EXPORT_TOTALS, new SipriTivTotalReader(), input,
                    fileName);
            case COW_STATES -> stage(batch, DatasetTables.STATES, new CowStatesReader(), input, fileName);
            case GW_STATES -> stage(batch, DatasetTables.STATES, new GwStatesReader(), input, fileName);
            case COUNTRYCODE -> stage(batch, DatasetTables.COUNTRY_CODES, new CountryCodeListReader(), input, fileName);
            case STATE_NAMES -> stage(batch, DatasetTables.STATE_NAMES, new StateNamesReader(), input, fileName);
            case STATE_ADJECTIVES -> stage(batch, DatasetTables.STATE_ADJECTIVES, new StateAdjectivesReader(), input,
                    fileName);
            case OBLIGATION_ENDS -> stage(batch, DatasetTables.OBLIGATION_ENDS, new ObligationEndsReader(), input,
                    fileName);
            case TD_RIVALRIES -> stage(batch, DatasetTables.RIVALRIES, new RivalryReader(), input, fileName);
            case TSS_RIVALRIES -> stage(batch, DatasetTables.RIVALRIES, new TssRivalryReader(), input, fileName);
            case COW_CONTIGUITY -> stage(batch, DatasetTables.CONTIGUITY, new ContiguityReader(), input, fileName);
            case COW_MAJORS -> stage(batch, DatasetTables.MAJOR_POWERS, new MajorPowersReader(), input, fileName);
            case UNGA_VOTES -> stage(batch, DatasetTables.UN_VOTES, new UnVoteReader(), input, fileName);
            case UNGA_IDEAL_POINTS -> stage(batch, DatasetTables.IDEAL_POINTS, new IdealPointReader(), input, fileName);
            case UNGA_AGREEMENT -> stage(batch, DatasetTables.UN_AGREEMENT, new UnAgreementReader(), input, fileName);
            case CAMEO_CODEBOOK -> stage(batch, DatasetTables.CAMEO_CODES, new CameoCodebookReader(), input, fileName);
            case DEMOCRACY -> stage(batch, DatasetTables.DEMOCRACY, new DemocracyReader(), input, fileName);
            case SDP_GDP -> stage(batch, DatasetTables.ECONOMY, new EconomicEstimateReader(), input, fileName);
            case GML_MIDS -> stage(batch, DatasetTables.DISPUTES, new DisputeDyadYearReader("gml"), input, fileName);
            case COW_MIDS -> stage(batch, DatasetTables.DISPUTES, new DisputeDyadYearReader("cow"), input, fileName);
            case CAPITALS -> stage(batch, DatasetTables.CAPITALS, CapitalReader.peacesciencer(), input, fileName);
            case CAPITAL_CORRECTIONS -> stage(batch, DatasetTables.CAPITALS, CapitalReader.corrections(), input,
                    fileName);
            case MIN_DISTANCE -> stage(batch, DatasetTables.MIN_DISTANCES, new MinimumDistanceReader(), input, fileName);
            case IGO_DYADS -> stage(batch, DatasetTables.IGO_DYADS, new SharedIgoReader(), input, fileName);
            case IGO_STATES -> stage(batch, DatasetTables.IGO_STATES, new IgoMembershipReader(), input, fileName);
            default -> throw new IllegalStateException("unhandled format " + this);
        }
        return java.util.Set.of();
    }

    private static <R> void stage(ImportBatch batch, Table<R> table, DatasetReader<R> reader, Reader input,
            String fileName) {
        batch.stage(table, sink -> reader.read(input, fileName, sink));
    }
}
