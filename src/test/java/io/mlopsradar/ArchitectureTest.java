package io.mlopsradar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the compiled classes (so a fully qualified name counts like an import): the domain
 * packages use no web, database or command-line code, packages depend on each other without cycles, and every
 * package says what it holds.
 */
class ArchitectureTest {
    static final String[] DOMAIN = {"io.mlopsradar.landscape..", "io.mlopsradar.catalog..", "io.mlopsradar.rings..",
            "io.mlopsradar.editions..", "io.mlopsradar.advisor..", "io.mlopsradar.drawing..", "io.mlopsradar.formats..",
            "io.mlopsradar.pictures..", "io.mlopsradar.text..", "io.mlopsradar.input.."};
    /** Packages that render HTML through jte like the web app, but use no other outer layer. */
    static final String[] RENDERING = {"io.mlopsradar.site..", "io.mlopsradar.templates.."};
    static final String[] OUTER = {"io.mlopsradar.web..", "io.mlopsradar.store..", "io.mlopsradar.cli..", "io.javalin..",
            "gg.jte..", "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.sqlite..", "org.postgresql..",
            "picocli..", "java.sql.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mlopsradar");
    }

    @Test
    void domainPackagesDependOnNoOuterLayerNorDatabaseOrTemplateLibrary() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(OUTER)
                .check(classes);
    }

    @Test
    void staticSiteAndTemplateSetUpUseJteButNoOtherOuterLayer() {
        String[] outerButJte = Arrays.stream(OUTER).filter(p -> !p.equals("gg.jte..")).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(RENDERING).should().dependOnClassesThat().resideInAnyPackage(outerButJte)
                .check(classes);
    }

    @Test
    void templateSetUpUsesNoProjectPackage() {
        noClasses().that().resideInAPackage("io.mlopsradar.templates..").should().dependOnClassesThat()
                .resideOutsideOfPackages("io.mlopsradar.templates..", "gg.jte..", "java..").check(classes);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.mlopsradar.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void subPackagesToDependOnEachOtherWithoutCycles() {
        slices().matching("io.mlopsradar.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void codeNamesProjectTypesByImportNotByFullyQualifiedName() throws IOException {
        var offenders = new java.util.ArrayList<String>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("src/main/jte"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")).toList()) {
                    offenders.addAll(QualifiedNames.needlessIn(file.toString(), Files.readString(file)));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItHoldsAndWhatItMayUse() throws IOException {
        Path root = Path.of("src/main/java/io/mlopsradar");
        try (Stream<Path> dirs = Files.walk(root)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).toList();
            assertThat(packages).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.resolve("package-info.java")).as(d.toString()).exists());
        }
    }
}
