package org.counterweight.store;

import java.util.stream.Collectors;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.ArmsDeal;
import org.counterweight.core.model.ArmsExportTotal;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.model.CapitalSpell;
import org.counterweight.core.model.Contiguity;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.DisputeDyadYear;
import org.counterweight.core.model.EconomicEstimate;
import org.counterweight.core.model.IdealPoint;
import org.counterweight.core.model.IgoMemberships;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.MajorPowerSpell;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.MinimumDistanceSpell;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.SharedIgos;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.core.model.StateDemocracy;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.core.model.StateSystemSpell;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.core.model.UnIssue;
import org.counterweight.core.model.UnRollCall;
import org.counterweight.core.model.UnVote;

/** How dataset records map to the store's tables (columns after {@code dataset}, in table order). */
public final class DatasetTables {
    private DatasetTables() {
    }

    public static final Table<NationalCapabilities> NMC = new Table<>("nmc", (n, row) -> row.text(n.version())
            .integer(n.cowCode()).text(n.stateAbb()).integer(n.year()).number(n.milex()).number(n.milper())
            .number(n.irst()).number(n.pec()).number(n.tpop()).number(n.upop()).number(n.publishedCinc()));

    public static final Table<MilitaryExpenditure> MILEX = new Table<>("milex", (m, row) -> row.text(m.release())
            .text(m.country()).integer(m.cowCode()).integer(m.year()).integer(m.priceBaseYear())
            .number(m.constantUsdMillions()).text(m.constantStatus().name()).number(m.shareOfGdp())
            .text(m.shareStatus().name()));

    public static final Table<ArmsTransfer> ARMS_TRANSFERS = new Table<>("arms_transfers", (a, row) -> row
            .text(a.release()).text(a.supplier()).integer(a.supplierCow()).text(a.recipient())
            .integer(a.recipientCow()).integer(a.year()).number(a.tivMillions()));

    public static final Table<ArmsCoverage> ARMS_COVERAGE = new Table<>("arms_coverage", (c, row) -> row
            .text(c.release()).text(c.side().name()).text(c.country()).integer(c.cowCode()).integer(c.firstYear())
            .integer(c.lastYear()));

    public static final Table<ArmsDeal> ARMS_DEALS = new Table<>("arms_deals", (d, row) -> row.text(d.release())
            .text(d.recipient()).integer(d.recipientCow()).text(d.supplier()).integer(d.supplierCow())
            .integer(d.orderYear()).bool(d.orderYearUncertain()).integer(optional(d.numberOrdered()))
            .bool(d.numberOrderedUncertain()).text(d.designation()).text(d.description())
            .integer(optional(d.numberDelivered())).bool(d.numberDeliveredUncertain())
            .text(d.deliveryYears().stream().map(String::valueOf).collect(Collectors.joining(","))).text(d.status())
            .text(d.comments()).number(d.tivPerUnit()).number(d.tivTotalOrder()).number(d.tivDelivered()));

    private static Integer optional(java.util.OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    public static final Table<ArmsExportTotal> ARMS_EXPORT_TOTALS = new Table<>("arms_export_totals", (a, row) -> row
            .text(a.release()).text(a.supplier()).integer(a.supplierCow()).integer(a.year()).number(a.tivMillions()));

    public static final Table<AllianceObligation> ATOP = new Table<>("atop_ddy", (a, row) -> row.text(a.version())
            .integer(a.ccode1()).integer(a.ccode2()).integer(a.year()).bool(a.defense()).bool(a.offense())
            .bool(a.neutral()).bool(a.nonaggression()).bool(a.consultation()));

    public static final Table<StateSystemSpell> STATES = new Table<>("state_spells", (s, row) -> row
            .text(s.system().name()).integer(s.code()).text(s.abbreviation()).text(s.name()).date(s.start())
            .date(s.end()).bool(s.microstate()));

    public static final Table<StateNamePeriod> STATE_NAMES = new Table<>("state_names", (s, row) -> row
            .integer(s.cowCode()).text(s.id()).text(s.name()).text(s.abbreviation()).integer(s.firstYear())
            .integer(s.lastYear()).integer(s.gwCode()).text(s.aliases().isEmpty() ? null : String.join("|", s.aliases()))
            .text(s.successors().isEmpty() ? null : s.successors().stream().map(String::valueOf)
                    .collect(Collectors.joining("|"))).text(s.source()));

    public static final Table<StateAdjectives> STATE_ADJECTIVES = new Table<>("state_adjectives", (s, row) -> row
            .text(s.iso3()).text(s.adjectives().isEmpty() ? null : String.join("|", s.adjectives())).text(s.source()));

    public static final Table<ObligationEnd> OBLIGATION_ENDS = new Table<>("obligation_ends", (e, row) -> row
            .integer(e.cowCode()).text(e.state()).date(e.date()).text(e.event()).text(e.reason()).text(e.source())
            .text(e.locator()));

    public static final Table<CountryCodeEntry> COUNTRY_CODES = new Table<>("country_codes", (c, row) -> row
            .text(c.name()).text(c.isoName()).text(c.cowName()).text(c.iso2()).text(c.iso3()).integer(c.isoNumeric())
            .text(c.cowAbb()).integer(c.cowCode()).text(c.gwAbb()).integer(c.gwCode()).text(c.fips())
            .text(c.region()).text(c.continent()).text(c.unRegion()).text(c.unSubregion()).text(c.nameRegex()));

    public static final Table<Rivalry> RIVALRIES = new Table<>("rivalries", (r, row) -> row.integer(r.number())
            .text(r.name()).integer(r.ccode1()).integer(r.ccode2()).integer(r.startYear()).integer(r.endYear())
            .text(r.region()).text(r.types().stream().map(Labels::label).collect(Collectors.joining(","))));

    public static final Table<Contiguity> CONTIGUITY = new Table<>("contiguity", (c, row) -> row.integer(c.ccode1())
            .integer(c.ccode2()).integer(c.type().code()).date(c.start()).date(c.end()));

    public static final Table<MajorPowerSpell> MAJOR_POWERS = new Table<>("major_powers", (m, row) -> row
            .integer(m.ccode()).date(m.start()).date(m.end()));

    public static final Table<UnRollCall> UN_ROLL_CALLS = new Table<>("un_roll_calls", (u, row) -> row
            .integer(u.rcid()).integer(u.session()).bool(u.important()).date(u.date()).text(u.resolution())
            .bool(u.amendment()).bool(u.paragraph()).text(u.shortTitle()).text(u.description())
            .text(u.issues().stream().map(UnIssue::label).collect(Collectors.joining(","))));

    public static final Table<UnVote> UN_VOTES = new Table<>("un_votes", (v, row) -> row.integer(v.rcid())
            .integer(v.ccode()).text(Labels.label(v.vote())));

    public static final Table<IdealPoint> IDEAL_POINTS = new Table<>("un_ideal_points", (p, row) -> row
            .integer(p.ccode()).integer(p.year()).number(p.idealPointFp()).number(p.idealPointAll())
            .number(p.idealPointLegacy()).integer(p.nVotesFp()).integer(p.nVotesAll()).integer(p.nVotesLegacy())
            .number(p.q5Fp()).number(p.q95Fp()).number(p.q5All()).number(p.q95All()));

    public static final Table<UnAgreement> UN_AGREEMENT = new Table<>("un_agreement", (a, row) -> row
            .integer(a.ccode1()).integer(a.ccode2()).integer(a.year()).number(a.agree()).integer(a.nJointVotes()));

    public static final Table<CameoCode> CAMEO_CODES = new Table<>("cameo_codes", (c, row) -> row.text(c.code())
            .text(c.name()).integer(c.level()).integer(c.rootCode()).integer(c.quadClass()).number(c.goldstein())
            .text(c.description()));

    public static final Table<StateDemocracy> DEMOCRACY = new Table<>("democracy", (d, row) -> row.integer(d.ccode())
            .integer(d.year()).number(d.polyarchy()).number(d.polity2()).number(d.udsEstimate()));

    public static final Table<EconomicEstimate> ECONOMY = new Table<>("economy", (e, row) -> row.integer(e.ccode())
            .integer(e.year()).number(e.lnGdp()).number(e.lnPopulation()).number(e.lnSurplus())
            .number(e.lnGdpPerPerson()));

    public static final Table<DisputeDyadYear> DISPUTES = new Table<>("disputes", (d, row) -> row.integer(d.dispute())
            .integer(d.ccode1()).integer(d.ccode2()).integer(d.year()).bool(d.onset()).integer(d.hostility1())
            .integer(d.hostility2()).integer(d.hostility()).integer(d.fatality()));

    public static final Table<CapitalSpell> CAPITALS = new Table<>("capitals", (c, row) -> row.integer(c.ccode())
            .text(c.capital()).date(c.start()).date(c.end()).number(c.latitude()).number(c.longitude())
            .text(c.source()).text(c.quote()));

    public static final Table<MinimumDistanceSpell> MIN_DISTANCES = new Table<>("min_distances", (m, row) -> row
            .integer(m.ccode1()).integer(m.ccode2()).integer(m.firstYear()).integer(m.lastYear()).number(m.kilometres()));

    public static final Table<SharedIgos> IGO_DYADS = new Table<>("igo_dyads", (i, row) -> row.integer(i.ccode1())
            .integer(i.ccode2()).integer(i.year()).integer(i.count()));

    public static final Table<IgoMemberships> IGO_STATES = new Table<>("igo_states", (i, row) -> row.integer(i.ccode())
            .integer(i.year()).integer(i.full()).integer(i.associate()).integer(i.observer()).integer(i.anyType()));
}
