package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: each top package a module, reached only through its top package
 * and the few types it names as an interface ({@code @NamedInterface}), with no cycles. Beside the ArchUnit
 * rules of {@link ArchitectureTest}, which say what each layer may use.
 */
class ModularityTests {

    private static final Path COMMITTED = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresOnlyUseWhatOtherFeaturesExpose() {
        modules.verify();
    }

    /**
     * The module diagrams and canvases in docs/modules are what the code says today. When a feature's
     * dependencies change, regenerate them: {@code ./mvnw test -Dtest=ModularityTests -Dmodules.write=true}.
     */
    @Test
    void theModuleDocumentationInDocsIsUpToDate() throws IOException {
        Path generated = Path.of("target", "modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> fresh = files(generated);
        assertThat(fresh).as("Spring Modulith wrote the diagrams and canvases").containsKey("components.puml")
                .hasSizeGreaterThan(modules.stream().toList().size());
        if (Boolean.getBoolean("modules.write")) {
            Files.createDirectories(COMMITTED);
            for (String name : fresh.keySet()) {
                Files.copy(generated.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(files(COMMITTED))
                .as("docs/modules is out of date; regenerate: ./mvnw test -Dtest=ModularityTests -Dmodules.write=true")
                .isEqualTo(fresh);
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                // as sorted lines: the order Spring Modulith lists modules in carries no meaning
                out.put(p.getFileName().toString(), Files.readString(p).lines().sorted().collect(Collectors.joining("\n")));
            }
        }
        return out;
    }
}
