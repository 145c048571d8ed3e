package id.okoce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line description of the machine a benchmark ran on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = field("/proc/cpuinfo", "model name");
        String memory = field("/proc/meminfo", "MemTotal");
        long kib = memory.isEmpty() ? 0 : Long.parseLong(memory.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "unknown CPU" : cpu, kib / 1024.0 / 1024.0,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    private static String field(String file, String name) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
