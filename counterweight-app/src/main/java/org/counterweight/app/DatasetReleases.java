package org.counterweight.app;

import java.util.List;
import java.util.Optional;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.store.DatasetQueries;

/**
 * Which version of each dataset an analysis reads: the newest loaded unless a request names one,
 * decided in this one place. SIPRI arms-transfer releases are not chosen but merged: each
 * supplier-recipient-year is read from the newest release that covers its recipient or its supplier
 * that year ({@link #armsReleases(String, String)} gives the order, {@link #armsCoverage()} what each
 * holds), so a user's import of a newer release adds to the bundled one instead of hiding it. Read once
 * per unit of work.
 */
public final class DatasetReleases {
    private final List<DatasetCoverage> nmc;
    private final List<DatasetCoverage> milex;
    private final List<DatasetCoverage> arms;
    private final List<ArmsCoverage> armsCoverage;
    private final Optional<DatasetCoverage> atop;
    private final Optional<DatasetCoverage> rivalries;

    DatasetReleases(DatasetQueries datasets) {
        this.nmc = datasets.nmcVersions();
        this.milex = datasets.milexReleases();
        this.arms = datasets.armsReleases();
        this.armsCoverage = datasets.armsCoverage();
        this.atop = datasets.atopCoverage();
        this.rivalries = datasets.rivalryDatasets().stream().findFirst();
    }

    /** The newest COW NMC version. */
    public DatasetCoverage nmc() {
        return nmc.stream().findFirst().orElseThrow(() -> new InvalidRequestException("nmc-version",
                "no COW NMC data is loaded"));
    }

    /** The NMC version asked for (the newest when null). */
    public DatasetCoverage nmc(String version, String parameter) {
        return version == null ? nmc() : nmc.stream().filter(c -> c.version().equals(version)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(parameter, "no NMC version " + version
                        + " is loaded; loaded: " + nmc.stream().map(DatasetCoverage::version).toList()));
    }

    /** The newest SIPRI military expenditure release, if any is loaded. */
    public Optional<DatasetCoverage> milex() {
        return milex.stream().findFirst();
    }

    /** The newest SIPRI military expenditure release, which the request needs. */
    public DatasetCoverage milexRequired(String parameter) {
        return milex().orElseThrow(() -> new InvalidRequestException(parameter,
                "no SIPRI military expenditure is loaded"));
    }

    /** The SIPRI arms-transfer releases loaded, newest first, with the years each spans. */
    public List<DatasetCoverage> armsReleases() {
        return arms;
    }

    /**
     * The arms-transfer releases a request reads, newest first: every release loaded (merged by the
     * rule above) when {@code release} is null, else only the one named.
     */
    public List<DatasetCoverage> armsReleases(String release, String parameter) {
        if (release == null) {
            if (arms.isEmpty()) {
                throw new InvalidRequestException(parameter, "no SIPRI arms-transfer release is loaded");
            }
            return arms;
        }
        return List.of(arms.stream().filter(c -> c.version().equals(release)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(parameter, "no SIPRI arms-transfer release " + release
                        + " is loaded; loaded: " + arms.stream().map(DatasetCoverage::version).toList())));
    }

    /** What each arms-transfer release loaded holds in full: recipients' imports, suppliers' exports, by years. */
    public List<ArmsCoverage> armsCoverage() {
        return armsCoverage;
    }

    /** The ATOP years loaded, if any. */
    public Optional<DatasetCoverage> atop() {
        return atop;
    }

    /**
     * The rivalry dataset the analyses read: of those loaded, the one reaching latest (Thompson, Sakuwa
     * &amp; Suhas 2021, to 2020, over Thompson &amp; Dreyer 2012, to 2010); its version is its slot.
     */
    public Optional<DatasetCoverage> rivalries() {
        return rivalries;
    }

    /** How a rivalry dataset is named in reasons and notes. */
    public static String rivalryName(DatasetCoverage rivalries) {
        return rivalries.dataset().startsWith("tss-") ? "TSS 2021" : rivalries.dataset().startsWith("td-")
                ? "Thompson-Dreyer" : rivalries.dataset();
    }
}
