package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelReadsTest {

  private static List<Path> files(int count) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(Path.of("f" + i + ".json"));
    }
    return files;
  }

  @Test
  void aFewFilesAreReadOneAfterTheOther() {
    assertThat(ParallelReads.worthIt(List.of())).isFalse();
    assertThat(ParallelReads.worthIt(files(1))).isFalse();
    assertThat(ParallelReads.worthIt(files(ParallelReads.MIN_FILES - 1))).isFalse();
  }

  @Test
  void manyFilesAreReadInParallel() {
    assertThat(ParallelReads.worthIt(files(ParallelReads.MIN_FILES))).isTrue();
    assertThat(ParallelReads.worthIt(files(1000))).isTrue();
  }
}
