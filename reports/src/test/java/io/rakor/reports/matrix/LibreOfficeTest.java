package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rakor.core.commitments.Commitment;
import io.rakor.reports.ReportLanguage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX opens in LibreOffice (headless, converted to CSV with a fresh profile): its first sheet
 * has the header and every commitment. Skipped, saying so, only where LibreOffice is not installed.
 */
class LibreOfficeTest {
  @TempDir Path tmp;

  private static Optional<Path> libreOffice() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> Stream.of("libreoffice", "soffice").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Test
  void libreOfficeOpensTheWorkbookAndSeesEveryRow() throws IOException, InterruptedException {
    Optional<Path> office = libreOffice();
    assumeTrue(
        office.isPresent(),
        "platform: LibreOffice is not installed (Debian package libreoffice-calc), so the XLSX is"
            + " not opened with it");
    RtlMatrix matrix = Matrices.of(Matrices.scenario());
    Path xlsx = tmp.resolve("matriks.xlsx");
    Files.write(xlsx, Matrices.xlsx(matrix, ReportLanguage.INDONESIAN));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Process process =
        new ProcessBuilder(
                office.get().toString(),
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir",
                out.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("libreoffice.log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    assertThat(process.exitValue()).isZero();

    String csv = Files.readString(out.resolve("matriks.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("No.,ID RTL,ID rapat,");
    for (Commitment c : matrix.commitments()) {
      assertThat(csv).contains(c.id().value());
    }
    assertThat(csv).contains(matrix.directory().name(matrix.commitments().get(0).lead()));
  }
}
