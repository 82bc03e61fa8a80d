package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelReadsTest {
  @TempDir Path dir;

  private List<Path> files(int count, int bytesEach) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(Files.write(dir.resolve("f" + i + ".json"), new byte[bytesEach]));
    }
    return files;
  }

  @Test
  void aFewSmallFilesAreReadOneAfterTheOther() throws IOException {
    assertThat(ParallelReads.worthIt(List.of())).isFalse();
    assertThat(ParallelReads.worthIt(files(1, 2_000_000))).isFalse(); // one file has nothing to share
    assertThat(ParallelReads.worthIt(files(ParallelReads.MIN_FILES - 1, 1000))).isFalse();
  }

  @Test
  void manyFilesOrMuchTextAreReadInParallel() throws IOException {
    assertThat(ParallelReads.worthIt(files(ParallelReads.MIN_FILES, 10))).isTrue();
    assertThat(ParallelReads.worthIt(files(2, (int) ParallelReads.MIN_BYTES / 2))).isTrue();
    assertThat(ParallelReads.worthIt(files(2, (int) ParallelReads.MIN_BYTES / 2 - 1))).isFalse();
  }

  @Test
  void missingFilesCountAsNoWork() {
    assertThat(ParallelReads.worthIt(List.of(dir.resolve("missing1"), dir.resolve("missing2")))).isFalse();
  }
}
