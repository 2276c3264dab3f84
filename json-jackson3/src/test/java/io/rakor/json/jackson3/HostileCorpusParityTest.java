package io.rakor.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rakor.core.json.JsonCorpus;
import io.rakor.core.json.JsonCorpus.HostileCase;
import io.rakor.core.json.RakorJson;
import io.rakor.core.json.RakorJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rakor-core's corpus of hostile JSON documents ({@link JsonCorpus#hostileCases()}) gives the same
 * outcome on both bindings: each document either is accepted by both or rejected by both with the
 * same exception, of the same kind, at the same path, with the same message, which is the outcome
 * its row in {@code hostile/cases.csv} gives.
 */
class HostileCorpusParityTest {
  static List<HostileCase> cases() {
    return JsonCorpus.hostileCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileDocumentHasTheSameOutcomeOnBothBindings(HostileCase c) throws IOException {
    Throwable on2 = outcome(c, RakorJson::readListDocument, RakorJson::readDocument);
    Throwable on3 = outcome(c, RakorJson3::readListDocument, RakorJson3::readDocument);

    if (c.kind().equals("ACCEPTED")) {
      assertThat(on2).as(c.document()).isNull();
      assertThat(on3).as(c.document()).isNull();
      return;
    }
    assertThat(on2).as(c.document()).isInstanceOf(RakorJsonException.class);
    assertThat(on3).as(c.document()).isInstanceOf(RakorJsonException.class);
    RakorJsonException e2 = (RakorJsonException) on2;
    RakorJsonException e3 = (RakorJsonException) on3;
    assertThat(e3.kind()).as(c.document() + ": " + e3.getMessage()).isEqualTo(e2.kind());
    assertThat(e3.kind()).as(c.document()).hasToString(c.kind());
    assertThat(e3.path()).as(c.document() + ": " + e3.getMessage()).isEqualTo(e2.path());
    assertThat(e3.path()).as(c.document()).isEqualTo(c.path());
    assertThat(e3.violations()).as(c.document()).isEqualTo(e2.violations());
    assertThat(e3.getMessage()).as(c.document()).contains(c.message());
    assertThat(e3.getMessage()).as(c.document()).isEqualTo(e2.getMessage());
  }

  private static Throwable outcome(
      HostileCase c,
      BiFunction<InputStream, Class<Object>, ?> list,
      BiFunction<InputStream, Class<Object>, ?> single)
      throws IOException {
    @SuppressWarnings("unchecked") // the element type of the case's document type
    Class<Object> type = (Class<Object>) c.element();
    try (InputStream in = c.open()) {
      return catchThrowable(() -> (c.isList() ? list : single).apply(in, type));
    }
  }
}
