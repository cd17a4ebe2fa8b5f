package org.counterweight.core.arms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.counterweight.core.model.ArmsTransfer;

/**
 * A recipient's arms imports by supplier (or a supplier's exports by recipient) summed over a
 * window of years, with each partner's share of the total.
 *
 * <p>Definition (SIPRI Arms Transfers Database methodology): a supplier's share of a recipient's
 * imports over a window is the sum of that supplier's TIV to the recipient over the window divided
 * by the sum of all suppliers' TIV to it. SIPRI compares five-year windows because annual
 * deliveries fluctuate. TIV measures volume, not price. A window without deliveries has no shares
 * (an empty result with total 0), which is different from an actor outside the data's coverage: the
 * caller checks coverage. Each partner names the SIPRI releases its transfers come from (more than
 * one where imports of several releases were merged).
 *
 * @param focus     the recipient (imports) or supplier (exports) name
 * @param direction imports or exports
 * @param fromYear  first year of the window, inclusive
 * @param toYear    last year, inclusive
 * @param totalTiv  total TIV (millions) over the window
 * @param partners  partners in decreasing order of TIV (ties by name)
 */
public record PartnerShares(String focus, Direction direction, int fromYear, int toYear, double totalTiv,
        List<PartnerShare> partners) {

    /** Whether the focus actor is the recipient or the supplier. */
    public enum Direction {
        IMPORTS, EXPORTS
    }

    /**
     * One partner's TIV over the window and its share of the total (0-1).
     *
     * @param releases the SIPRI releases of the partner's transfers in the window, sorted
     */
    public record PartnerShare(String partner, Integer partnerCow, double tiv, double share, List<String> releases) {
        public PartnerShare {
            releases = List.copyOf(releases);
        }
    }

    public PartnerShares {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("window ends (" + toYear + ") before it starts (" + fromYear + ")");
        }
        partners = List.copyOf(partners);
    }

    /** The SIPRI releases of every transfer in the window, sorted. */
    public List<String> releases() {
        return partners.stream().flatMap(p -> p.releases().stream()).distinct().sorted().toList();
    }

    /**
     * Sums the transfers that match the focus and window.
     *
     * @param focusMatches selects the focus actor's side of a transfer (by name or code)
     */
    public static PartnerShares of(Collection<ArmsTransfer> transfers, Direction direction, String focus,
            Predicate<ArmsTransfer> focusMatches, int fromYear, int toYear) {
        Function<ArmsTransfer, String> partnerName = direction == Direction.IMPORTS
                ? ArmsTransfer::supplier : ArmsTransfer::recipient;
        Function<ArmsTransfer, Integer> partnerCow = direction == Direction.IMPORTS
                ? ArmsTransfer::supplierCow : ArmsTransfer::recipientCow;
        Map<String, double[]> byPartner = new LinkedHashMap<>();
        Map<String, Integer> cows = new LinkedHashMap<>();
        Map<String, SortedSet<String>> releases = new LinkedHashMap<>();
        double total = 0;
        for (ArmsTransfer transfer : transfers) {
            if (transfer.year() < fromYear || transfer.year() > toYear || !focusMatches.test(transfer)) {
                continue;
            }
            String partner = partnerName.apply(transfer);
            byPartner.computeIfAbsent(partner, p -> new double[1])[0] += transfer.tivMillions();
            cows.putIfAbsent(partner, partnerCow.apply(transfer));
            releases.computeIfAbsent(partner, p -> new TreeSet<>()).add(transfer.release());
            total += transfer.tivMillions();
        }
        List<PartnerShare> partners = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : byPartner.entrySet()) {
            double tiv = entry.getValue()[0];
            partners.add(new PartnerShare(entry.getKey(), cows.get(entry.getKey()), tiv,
                    total > 0 ? tiv / total : Double.NaN, List.copyOf(releases.get(entry.getKey()))));
        }
        partners.sort(Comparator.comparingDouble(PartnerShare::tiv).reversed()
                .thenComparing(PartnerShare::partner));
        return new PartnerShares(focus, direction, fromYear, toYear, total, partners);
    }
}
