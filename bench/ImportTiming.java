import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import vn.cchc.portal.importing.ImportedPlan;
import vn.cchc.portal.importing.PlanDocumentReader;

/**
 * Reads plan documents with the portal's reader, as the import page does before its
 * preview, and prints the wall-clock and CPU time of a read: median and fastest of ROUNDS
 * reads after WARM_UP reads (a running server is warm). Run by bench/import-login.sh:
 * {@code java -cp <extracted app.jar> bench/ImportTiming.java file[*times] ...}, where
 * {@code *9} reads the file nine times over as one document.
 */
public class ImportTiming {

	private static final int WARM_UP = 3;

	private static final int ROUNDS = 10;

	public static void main(String[] args) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (String arg : args) {
			String[] spec = arg.split("\\*");
			int times = (spec.length > 1) ? Integer.parseInt(spec[1]) : 1;
			String text = Files.readString(Path.of(spec[0]), StandardCharsets.UTF_8);
			byte[] document = (times > 1) ? (text + "\n").repeat(times).getBytes(StandardCharsets.UTF_8)
					: text.getBytes(StandardCharsets.UTF_8);
			PlanDocumentReader reader = new PlanDocumentReader(java.time.Clock.systemDefaultZone());
			ImportedPlan plan = null;
			for (int i = 0; i < WARM_UP; i++) {
				plan = reader.read(document, "plan.txt");
			}
			List<Long> wall = new ArrayList<>();
			List<Long> cpu = new ArrayList<>();
			for (int i = 0; i < ROUNDS; i++) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				plan = reader.read(document, "plan.txt");
				wall.add((System.nanoTime() - start) / 1_000_000);
				cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
			}
			Collections.sort(wall);
			Collections.sort(cpu);
			System.out.printf(Locale.ROOT, "%-40s %6d kB %5d tasks %-9s wall %5d ms (fastest %5d)  cpu %5d ms%n",
					Path.of(spec[0]).getFileName() + ((times > 1) ? " x" + times : ""), document.length / 1024,
					plan.tasks().size(), plan.format(), wall.get(ROUNDS / 2), wall.get(0), cpu.get(ROUNDS / 2));
		}
	}

}
