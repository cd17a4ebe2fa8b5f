package org.counterweight.io.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

class UserTablesTest {
    @Test
    void readsSignedEdgesWithGroupsAndWeights() {
        var edges = UserTables.edges(new StringReader("window,from,to,sign,weight\nw1,A,B,+,0.5\nw1,B,C,-1,\nw2,A,C,negative,2\n"),
                "e.csv", "window");
        assertThat(edges).extracting(SignedEdge::sign).containsExactly(1, -1, -1);
        assertThat(edges.get(0).weight()).isEqualTo(0.5);
        assertThat(edges.get(1).weight()).isEqualTo(1);
        assertThat(edges.get(2).group()).isEqualTo("w2");
    }

    @Test
    void badEdgesNameLineAndField() {
        assertThatThrownBy(() -> UserTables.edges(new StringReader("from,to,sign\nA,B,maybe\n"), "e.csv", null))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("sign");
                });
        assertThatThrownBy(() -> UserTables.edges(new StringReader("from,to,sign\nA,A,1\n"), "e.csv", null))
                .hasMessageContaining("two different actors");
        assertThatThrownBy(() -> UserTables.edges(new StringReader("from,to\nA,B\n"), "e.csv", null))
                .hasMessageContaining("field 'sign'");
    }

    @Test
    void readsASquareMatrixWithAnEmptyDiagonal() {
        var matrix = UserTables.squareMatrix(new StringReader(",US,Rus\nUS,,2\nRus,2,\n"), "p.csv");
        assertThat(matrix.actors()).containsExactly("US", "Rus");
        assertThat(matrix.values()[0][1]).isEqualTo(2);
        assertThatThrownBy(() -> UserTables.squareMatrix(new StringReader(",US,Rus\nRus,,2\nUS,2,\n"), "p.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("header's order");
        assertThatThrownBy(() -> UserTables.squareMatrix(new StringReader(",US,Rus\nUS,,x\nRus,2,\n"), "p.csv"))
                .hasMessageContaining("field 'Rus'");
    }

    @Test
    void readsSizesAndPortfolios() {
        assertThat(UserTables.sizes(new StringReader("actor,size\nUS,10\nRussia,10\n"), "s.csv")).containsEntry("US", 10.0);
        assertThatThrownBy(() -> UserTables.sizes(new StringReader("actor,size\nUS,0\n"), "s.csv"))
                .hasMessageContaining("positive");
        assertThat(UserTables.portfolios(new StringReader("state,a,b,weight\nGMY,3,0,0.1\n"), "p.csv"))
                .singleElement().satisfies(i -> assertThat(i.weight()).isEqualTo(0.1));
    }
}
