#!/usr/bin/env python3
"""Independent check of counterweight-core's ExpectedUtilityModel (docs/models/bargaining.md).

A second, deliberately plain implementation of the same equations, written from the documentation
(not from the Java code), used to compute the reference values the Java tests assert beside the
published round 0 and round 1 of Scholz, Calbert & Smith (2011). Pure Python 3, no packages.

    python3 docs/models/bargaining/independent_check.py ROUNDS [switch ...]

switches: pairwise-probability, risk-from-own-positions, least-movement (bdm-intent = all three).
Prints, per round, the median, the weighted mean and the accepted offers (receiver kind proposer -> to).
"""
import sys

EC = [("Netherlands", .08, 4, .8), ("Belgium", .08, 7, .4), ("Luxembourg", .03, 4, .2),
      ("Germany", .16, 4, .8), ("France", .16, 10, .6), ("Italy", .16, 10, .6), ("UK", .16, 10, .9),
      ("Ireland", .05, 7, .1), ("Denmark", .05, 4, 1.0), ("Greece", .08, 7, .7)]


def run(rounds, switches, actors=EC, q=1.0, t=1.0):
    names = [a[0] for a in actors]
    c = [a[1] for a in actors]
    x = [float(a[2]) for a in actors]
    s = [a[3] for a in actors]
    n = len(actors)
    w = [c[i] * s[i] for i in range(n)]
    span = max(x) - min(x)
    pairwise = "pairwise-probability" in switches

    def median(pos):
        order = sorted(range(n), key=lambda i: pos[i])
        half, cum = sum(w) / 2, 0.0
        for i in order:
            cum += w[i]
            if cum >= half:
                return pos[i]

    def mean(pos):
        return sum(w[i] * pos[i] for i in range(n)) / sum(w)

    def dist(k, a, pos, r):
        return (abs(pos[k] - pos[a]) / span) ** r[k]

    def prob(i, j, pos, r):
        """P(i beats j): votes for i over j over the absolute votes (pair or all pairs)."""
        if pos[i] == pos[j]:
            return 0.0
        favour = sum(max(0.0, w[k] * (dist(k, j, pos, r) - dist(k, i, pos, r))) for k in range(n))
        if pairwise:
            total = sum(abs(w[k] * (dist(k, j, pos, r) - dist(k, i, pos, r))) for k in range(n))
        else:
            total = sum(abs(w[k] * (dist(k, b, pos, r) - dist(k, a, pos, r)))
                        for k in range(n) for a in range(n) for b in range(n))
        return favour / total if total > 0 else 0.0

    def eu(i, j, pos, p, rr, mu):
        d = abs(pos[i] - pos[j]) / span
        us = 2 - 4 * (0.5 - 0.5 * d) ** rr
        uf = 2 - 4 * (0.5 + 0.5 * d) ** rr
        usq = 2 - 4 * 0.5 ** rr
        e = (abs(pos[i] - mu) + abs(pos[i] - pos[j])) / span
        ub = 2 - 4 * (0.5 - 0.25 * e) ** rr
        uw = 2 - 4 * (0.5 + 0.25 * e) ** rr
        return (s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us
                - (q * usq + (1 - q) * (t * ub + (1 - t) * uw)))

    def security(i, pos, mu):
        ones = [1.0] * n
        return sum(eu(j, i, pos, prob(j, i, pos, ones), 1.0, mu) for j in range(n) if j != i)

    def scaled(level, lo, hi):
        return (2 * level - hi - lo) / (hi - lo) if hi > lo else 0.0

    history = [(0, median(x), mean(x), [])]
    for rnd in range(1, rounds + 1):
        mu = median(x)
        if "risk-from-own-positions" in switches:
            big_r = []
            for i in range(n):
                levels = []
                for p in sorted(set(x)):
                    moved = list(x)
                    moved[i] = p
                    levels.append(security(i, moved, mu))
                big_r.append(scaled(security(i, x, mu), min(levels), max(levels)))
        else:
            levels = [security(i, x, mu) for i in range(n)]
            big_r = [scaled(v, min(levels), max(levels)) for v in levels]
        r = [(1 - a / 3) / (1 + a / 3) for a in big_r]
        kinds = ["confrontation", "compromise", "capitulation"]
        nxt, moves = list(x), []
        for i in range(n):
            offers = []
            for j in range(n):
                if x[j] == x[i]:
                    continue
                eij = eu(i, j, x, prob(i, j, x, r), r[i], mu)
                eji = eu(j, i, x, prob(j, i, x, r), r[i], mu)
                if eji > eij > 0:
                    offers.append((0, abs(x[j] - x[i]), -eji, j, x[j]))
                elif eji > 0 > eij and eji > -eij:
                    to = x[i] + (x[j] - x[i]) * abs(eij / eji)
                    offers.append((1, abs(to - x[i]), -eji, j, to))
                elif eji > 0 > eij and eji < -eij:
                    offers.append((2, abs(x[j] - x[i]), -eji, j, x[j]))
            if offers:
                if "least-movement" in switches:
                    best = min(offers, key=lambda o: (o[1], o[2], o[0], o[3]))
                else:
                    best = min(offers, key=lambda o: (o[0], o[1], o[2], o[3]))
                nxt[i] = best[4]
                moves.append("%s %s %s -> %r" % (names[i], kinds[best[0]], names[best[3]], best[4]))
        x = nxt
        history.append((rnd, median(x), mean(x), moves))
    return history


if __name__ == "__main__":
    switches = set(sys.argv[2:])
    if "bdm-intent" in switches:
        switches = {"pairwise-probability", "risk-from-own-positions", "least-movement"}
    for number, med, avg, moves in run(int(sys.argv[1]), switches):
        print(number, repr(med), repr(avg), "; ".join(moves))
