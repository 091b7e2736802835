package vn.cchc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules talk only through each other's public API, with no cycles; the module diagrams
 * in docs/modules are what the code says. They are rewritten only on demand
 * ({@code -Dcchc.docs.modules=write}), so a build never changes the working tree.
 */
class ModularityTests {

	private static final Path COMMITTED = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(CchcPortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void committedModuleDiagramsAreWhatTheCodeSays(@TempDir Path generated) throws IOException {
		if ("write".equals(System.getProperty("cchc.docs.modules"))) {
			document(COMMITTED);
		}
		document(generated);
		String stale = "docs/modules is stale: run ModularityTests with -Dcchc.docs.modules=write";
		assertThat(fileNames(COMMITTED)).as(stale).isEqualTo(fileNames(generated));
		for (String name : fileNames(generated)) {
			assertThat(cellLines(COMMITTED.resolve(name))).as(stale + " (%s)", name)
				.containsExactlyInAnyOrderElementsOf(cellLines(generated.resolve(name)));
		}
	}

	/**
	 * The file's lines, each with the number of its table cell (a diagram is one cell):
	 * Documenter lists a diagram's relations and a cell's items in no fixed order.
	 */
	private static List<String> cellLines(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		int cell = 0;
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("|")) {
				cell++;
				line = line.substring(1);
			}
			lines.add(cell + ": " + line);
		}
		return lines;
	}

	private void document(Path folder) {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	private static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
