package org.counterweight.io.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.counterweight.core.model.ArmsDeal;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SipriTradeRegisterReaderTest {
    private static final String HEAD = """
            Transfers of major conventional arms from All countries  to All countries . Deals with deliveries
            Source: SIPRI Arms Transfers Database (c) SIPRI.
            Data generated: 13 Mar 2025 10:02:49 AM
            Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,\
            Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,\
            SIPRI TIV of delivered weapons
            """;

    private final SipriTradeRegisterReader reader = new SipriTradeRegisterReader();

    private TradeRegister readText(String text) {
        return reader.read(new StringReader(text), "r.csv");
    }

    @Test
    void readsDealsOfTheRealLayout() {
        TradeRegister register = reader.read(SipriTivTableReaderTest.resource("trade-register-sample.csv"));

        assertThat(register.release()).isEqualTo("2025");
        assertThat(register.title()).startsWith("Transfers of major conventional arms from All countries");
        assertThat(register.deals()).hasSize(5);
        ArmsDeal malyutka = register.deals().get(1);
        assertThat(malyutka.supplier()).isEqualTo("Soviet Union");
        assertThat(malyutka.supplierCow()).isEqualTo(365);
        assertThat(malyutka.recipientCow()).isEqualTo(700);
        assertThat(malyutka.orderYear()).isEqualTo(1979);
        assertThat(malyutka.orderYearUncertain()).isTrue();
        assertThat(malyutka.numberOrdered()).isEqualTo(OptionalInt.of(6000));
        assertThat(malyutka.numberOrderedUncertain()).isTrue();
        assertThat(malyutka.numberDeliveredUncertain()).isFalse();
        assertThat(malyutka.deliveryYears()).hasSize(12).startsWith(1979).endsWith(1990);
        assertThat(malyutka.designation()).isEqualTo("Malyutka");
        assertThat(malyutka.description()).isEqualTo("anti-tank missile");
        assertThat(malyutka.status()).isEqualTo("New");
        assertThat(malyutka.tivPerUnit()).isEqualTo(OptionalDouble.of(0.01));
        assertThat(malyutka.tivDelivered()).isEqualTo(OptionalDouble.of(60));

        ArmsDeal engine = register.deals().get(2);
        assertThat(engine.numberDeliveredUncertain()).isTrue();
        assertThat(engine.comments()).contains("Pratt & Whitney");
        assertThat(register.deals().get(4).tivPerUnit()).isEqualTo(OptionalDouble.of(0));
    }

    @Test
    void unknownSupplierHasNoCodeAndIsNotReported() {
        TradeRegister register = reader.read(SipriTivTableReaderTest.resource("trade-register-sample.csv"));

        assertThat(register.deals().get(3).supplierCow()).isNull();
        assertThat(register.unmappedNames()).isEmpty();
    }

    @Test
    void orderWithoutDeliveriesAndQuotedCommentsAreRead() {
        TradeRegister register = readText(HEAD
                + "India,Atlantis,2024,,10,,X-1,UAV,,,,New,\"Deal, with comma\",5,50,\n");
        ArmsDeal deal = register.deals().get(0);
        assertThat(deal.deliveryYears()).isEmpty();
        assertThat(deal.numberDelivered()).isEmpty();
        assertThat(deal.tivDelivered()).isEmpty();
        assertThat(deal.comments()).isEqualTo("Deal, with comma");
        assertThat(register.unmappedNames()).containsExactly("Atlantis");
    }

    @Test
    void badCellsNameFileLineAndColumn() {
        assertThatThrownBy(() -> readText(HEAD + "India,France,2024,,10,,X,UAV,2,,2025,New,,5,50,lots\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("r.csv");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.field()).isEqualTo("SIPRI TIV of delivered weapons");
                });
        assertThatThrownBy(() -> readText(HEAD + "India,France,(2024),,10,,X,UAV,2,,2025,New,,5,50,10\n"))
                .isInstanceOfSatisfying(InputFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("Year of order"));
        assertThatThrownBy(() -> readText(HEAD + "India,France,2024,,10,,X,UAV,2,,2025 and 2026,New,,5,50,10\n"))
                .isInstanceOfSatisfying(InputFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("Year(s) of delivery"));
        assertThatThrownBy(() -> readText(HEAD + "India,France,2024,!,10,,X,UAV,2,,2025,New,,5,50,10\n"))
                .isInstanceOfSatisfying(InputFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("Year of order flag"));
        assertThatThrownBy(() -> readText(HEAD + "India,France,2024\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.line()).isEqualTo(5));
    }

    @Test
    void headerProblemsAreErrors() {
        assertThatThrownBy(() -> readText("Transfers of major conventional arms\nData generated: 1 Jan 2025\n"
                + "Recipient,Supplier,Year of order\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("Number ordered");
                });
        assertThatThrownBy(() -> readText("Transfers of major conventional arms\nRecipient,Supplier\n"))
                .isInstanceOfSatisfying(InputFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("Data generated"));
    }

    @Test
    void otherFilesAreRejected(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> readText("\"TIV of arms exports from Malta, 1950-2021\",,\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("title");
                });
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("empty file");
        byte[] bytes = new byte[4096];
        new Random(7L).nextBytes(bytes);
        Path garbage = Files.write(dir.resolve("garbage.bin"), bytes);
        assertThatThrownBy(() -> reader.read(garbage)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining(garbage.toString());
    }

    @Test
    @Timeout(10)
    void endlessGarbageFailsFast() {
        assertThatThrownBy(() -> reader.read(SipriTivTableReaderTest.endless("y"), "endless.csv"))
                .isInstanceOf(InputFormatException.class);
        assertThatThrownBy(() -> reader.read(
                SipriTivTableReaderTest.endless("Transfers of major conventional arms\n", "note\n"), "notes.csv"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.field()).isEqualTo("header"));
    }

    @Test
    void dealRecordValidates() {
        assertThatThrownBy(() -> new ArmsDeal("2025", "India", 750, "France", 220, 2024, false, OptionalInt.of(-1),
                false, "X", null, OptionalInt.empty(), false, List.of(), null, null, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number ordered");
        assertThatThrownBy(() -> new ArmsDeal("2025", "India", 750, "France", 220, 2024, false, OptionalInt.empty(),
                false, "X", null, OptionalInt.empty(), false, List.of(2026, 2025), null, null, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    }
}
