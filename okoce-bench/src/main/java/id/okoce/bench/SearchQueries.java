package id.okoce.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What the search benchmark asks: members sampled from the generated file, and names as people mistype or spell them. */
final class SearchQueries {

    private SearchQueries() {
    }

    /**
     * Up to {@code count} rows of the generated members file, sampled evenly (reservoir sampling,
     * a fixed seed): each its NIK, name and phone.
     */
    static List<String[]> sample(Path membersCsv, int count) throws IOException {
        List<String[]> sample = new ArrayList<>(count);
        Random random = new Random(2018);
        long seen = 0;
        try (BufferedReader in = Files.newBufferedReader(membersCsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split(",", 4);
                if (fields.length < 4 || fields[0].length() != 16) {
                    continue;
                }
                String[] row = {fields[0], fields[1], fields[2]};
                seen++;
                if (sample.size() < count) {
                    sample.add(row);
                } else {
                    long slot = (long) (random.nextDouble() * seen);
                    if (slot < count) {
                        sample.set((int) slot, row);
                    }
                }
            }
        }
        return sample;
    }

    /** The rows' names: a third as registered, a third with one letter changed, a third in the spelling before 1972. */
    static List<String> names(List<String[]> rows) {
        Random random = new Random(1972);
        List<String> names = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String name = rows.get(i)[1];
            names.add(switch (i % 3) {
                case 0 -> name;
                case 1 -> typo(name, random);
                default -> oldSpelling(name);
            });
        }
        return names;
    }

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
        if (name.charAt(at) == ' ') {
            return name;
        }
        char replacement = (char) ('a' + random.nextInt(26));
        return name.substring(0, at) + replacement + name.substring(at + 1);
    }

    private static String oldSpelling(String name) {
        return name.replace("u", "oe").replace("j", "dj").replace("y", "j").replace("c", "tj");
    }
}
