package org.counterweight.core.similarity;

/** The contract, once per implementation and variant. */
final class ContractTests {
    private ContractTests() {
    }

    static class UnweightedS extends PortfolioSimilarityContract {
        @Override
        PortfolioSimilarity measure() {
            return SignorinoRitterS.unweighted(CATEGORIES);
        }

        @Override
        boolean definedWithOneConstantPortfolio() {
            return true;
        }

        @Override
        boolean definedWithIdenticalConstantPortfolios() {
            return true;
        }
    }

    static class CapabilityWeightedS extends UnweightedS {
        @Override
        PortfolioSimilarity measure() {
            return SignorinoRitterS.capabilityWeighted(CATEGORIES);
        }
    }

    static class SquaredS extends UnweightedS {
        @Override
        PortfolioSimilarity measure() {
            return SignorinoRitterS.squared(CATEGORIES);
        }
    }

    static class TauB extends PortfolioSimilarityContract {
        @Override
        PortfolioSimilarity measure() {
            return new KendallTauB(CATEGORIES);
        }

        @Override
        boolean definedWithOneConstantPortfolio() {
            return false;
        }

        @Override
        boolean definedWithIdenticalConstantPortfolios() {
            return false;
        }
    }

    static class KappaAbsolute extends PortfolioSimilarityContract {
        @Override
        PortfolioSimilarity measure() {
            return new CohenKappa(CATEGORIES, Distance.ABSOLUTE, false);
        }

        @Override
        boolean definedWithOneConstantPortfolio() {
            return true;
        }

        @Override
        boolean definedWithIdenticalConstantPortfolios() {
            return false;
        }
    }

    static class KappaSquaredWeighted extends KappaAbsolute {
        @Override
        PortfolioSimilarity measure() {
            return new CohenKappa(CATEGORIES, Distance.SQUARED, true);
        }
    }

    static class KappaNominal extends KappaAbsolute {
        @Override
        PortfolioSimilarity measure() {
            return new CohenKappa(CATEGORIES, Distance.NOMINAL, false);
        }
    }

    static class PiAbsolute extends KappaAbsolute {
        @Override
        PortfolioSimilarity measure() {
            return new ScottPi(CATEGORIES, Distance.ABSOLUTE, false);
        }
    }

    static class PiSquared extends KappaAbsolute {
        @Override
        PortfolioSimilarity measure() {
            return new ScottPi(CATEGORIES, Distance.SQUARED, false);
        }
    }

    static class PiAbsoluteWeighted extends KappaAbsolute {
        @Override
        PortfolioSimilarity measure() {
            return new ScottPi(CATEGORIES, Distance.ABSOLUTE, true);
        }
    }
}
