package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionOrderTest {
    @Test
    void comparesDottedNumbersNumerically() {
        assertThat(DatasetQueries.compareVersions("10.0", "7.0")).isPositive();
        assertThat(DatasetQueries.compareVersions("7.0", "6.0")).isPositive();
        assertThat(DatasetQueries.compareVersions("2022", "2024")).isNegative();
        assertThat(DatasetQueries.compareVersions("7", "7.0")).isZero();
    }
}
