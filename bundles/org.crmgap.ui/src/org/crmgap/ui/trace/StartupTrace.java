package org.crmgap.ui.trace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The start-up phases of the workbench: {@code -Dcrmgap.trace=true} prints a line per phase (the first time it is
 * reached) with the time since the JVM started, the CPU time of the process, and how long the thread that reached
 * it ran and waited for a CPU (Linux's schedstat; on a busy machine the waiting is what varies). The README's
 * start-time table comes from it. Off by default: then it costs one boolean test.
 */
public final class StartupTrace {

	/** The system property that turns the trace on. */
	public static final String PROPERTY = "crmgap.trace";

	private static final boolean ON = Boolean.getBoolean(PROPERTY);
	private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();
	private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

	private StartupTrace() {
	}

	/** Marks the end of a phase (only its first end is printed: later analyses or diagrams are not start-up). */
	public static void reached(String phase) {
		if (ON && REACHED.add(phase)) {
			long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
			long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
			System.out.printf("CRMGAP-TRACE %-30s %6d ms  process cpu %6d ms  %s%n", phase, uptime, cpu, thread());
		}
	}

	/** Where the process's CPU time went so far, by thread (Linux's per-task stat; JIT and GC threads included). */
	public static void threads() {
		if (!ON) {
			return;
		}
		Map<String, Long> byName = new TreeMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				String stat = Files.readString(task.resolve("stat"));
				// "tid (name) state ... utime stime ...": fields 14 and 15, counted after the name's ')'
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+$", "#");
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// in clock ticks of 10 ms (Linux's USER_HZ is 100)
				byName.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10, Long::sum);
			}
		} catch (IOException | RuntimeException e) {
			return; // not Linux: the phases still tell
		}
		StringBuilder top = new StringBuilder("CRMGAP-TRACE cpu by thread:");
		byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
				.forEach(e -> top.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(" ms;"));
		System.out.println(top);
	}

	/** "main ran 1234 ms, waited 56 ms for a CPU" (where Linux tells). */
	private static String thread() {
		String name = Thread.currentThread().getName();
		try {
			String[] stat = Files.readString(SCHEDSTAT).trim().split(" ");
			return String.format("%s ran %d ms, waited %d ms for a CPU", name, Long.parseLong(stat[0]) / 1_000_000,
					Long.parseLong(stat[1]) / 1_000_000);
		} catch (IOException | RuntimeException e) {
			return name; // not Linux, or no schedstat: the wall and process times still tell the phases
		}
	}
}
