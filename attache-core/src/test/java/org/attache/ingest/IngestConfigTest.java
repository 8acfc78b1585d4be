package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void defaultsAreValidAndBounded() {
    IngestConfig c = IngestConfig.defaults();
    assertThat(c.maxDocumentBytes()).isEqualTo(8L << 20);
    assertThat(c.maxNestingDepth()).isEqualTo(512);
    assertThat(c.nearDuplicateThreshold()).isEqualTo(0.8);
  }

  @Test
  void limitOutOfRangeIsRefusedNamingTheFieldAndValue() {
    assertThatThrownBy(() -> IngestConfig.defaults().withMaxRecordsPerFile(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecordsPerFile must be >= 1: 0");
    assertThatThrownBy(() -> IngestConfig.defaults().withNearDuplicateThreshold(0)).hasMessageContaining("nearDuplicateThreshold");
    assertThatThrownBy(() -> IngestConfig.defaults().withMaxDocumentBytes(10)).hasMessageContaining("maxDocumentBytes");
  }
}
