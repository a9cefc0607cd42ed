package io.mlopsradar.formats.aoe;

import io.mlopsradar.editions.Histories;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AoeFolderLinksTest {
    @TempDir
    Path tmp;
    Path site;
    Path release;

    @BeforeEach
    void aSiteWithOneRelease() throws IOException {
        site = tmp.resolve("site");
        release = Files.createDirectories(site.resolve("radar/2024-01-01"));
        Files.writeString(release.resolve("mlflow.md"), item("MLflow"));
    }

    static String item(String title) {
        return "---\ntitle: " + title + "\nring: adopt\nquadrant: tools\n---\nA note.\n";
    }

    private RadarDocument read() {
        return new AoeReader().read(site, ImportOptions.on(Histories.OCT));
    }

    @Test
    void aReleaseFileLinkingToEtcPasswdIsRefusedAndReported() throws IOException {
        Files.createSymbolicLink(release.resolve("passwd.md"), Path.of("/etc/passwd"));
        RadarDocument doc = read();
        assertThat(doc.editions().get(0).blips()).extracting(Blip::key).containsExactly("mlflow");
        assertThat(doc.skipped()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("passwd.md");
            assertThat(p.message()).contains("refused", "symbolic link leading outside the folder", "/etc/passwd");
        });
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsRefusedEvenWhenItIsValidMarkdown() throws IOException {
        Path outside = Files.writeString(tmp.resolve("elsewhere.md"), item("Outsider"));
        Files.createSymbolicLink(release.resolve("outsider.md"), outside);
        RadarDocument doc = read();
        assertThat(doc.editions().get(0).blips()).extracting(Blip::name).containsExactly("MLflow");
        assertThat(doc.skipped()).extracting(Problem::message).singleElement().asString().contains("outside the folder");
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsRead() throws IOException {
        Path kept = Files.writeString(Files.createDirectories(site.resolve("drafts")).resolve("dvc.txt"), item("DVC"));
        Files.createSymbolicLink(release.resolve("dvc.md"), kept);
        assertThat(read().editions().get(0).blips()).extracting(Blip::name).containsExactly("DVC", "MLflow");
    }

    @Test
    void aLinkedReleaseFolderIsRefusedAndDoesNotBecomeAnEdition() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other/2025-01-01"));
        Files.writeString(other.resolve("dvc.md"), item("DVC"));
        Files.createSymbolicLink(site.resolve("radar/2025-01-01"), other);
        RadarDocument doc = read();
        assertThat(doc.editions()).extracting(Edition::date).extracting(Object::toString).containsExactly("2024-01-01");
        assertThat(doc.skipped()).extracting(Problem::message).singleElement().asString().contains("symbolic link", "outside");
    }

    @Test
    void aReleaseFolderLinkedFromInsideIsRefusedToo() throws IOException {
        Files.createSymbolicLink(site.resolve("radar/2025-01-01"), release);
        RadarDocument doc = read();
        assertThat(doc.editions()).hasSize(1);
        assertThat(doc.skipped()).extracting(Problem::message).singleElement().asString().contains("symbolic link to a folder");
    }

    @Test
    void aLinkedRadarFolderIsRefused() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("elsewhere"));
        Path moved = Files.move(site.resolve("radar"), other.resolve("radar"));
        Files.createSymbolicLink(site.resolve("radar"), moved);
        assertThat(Problems.of(this::read)).singleElement().extracting(Problem::message).asString().contains("symbolic link");
    }

    @Test
    void hiddenFilesAreReportedNotSilentlySkipped() throws IOException {
        Files.writeString(release.resolve(".dvc.md"), item("DVC"));
        RadarDocument doc = read();
        assertThat(doc.editions().get(0).blips()).extracting(Blip::key).containsExactly("mlflow");
        assertThat(doc.skipped()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith(".dvc.md");
            assertThat(p.message()).contains("hidden");
        });
    }

    @Test
    void aDeviceInTheReleaseIsNeverOpened() throws IOException {
        Files.createSymbolicLink(release.resolve("zero.md"), Path.of("/dev/zero"));
        assertThat(read().skipped()).extracting(Problem::message).singleElement().asString().contains("outside the folder");
    }
}
