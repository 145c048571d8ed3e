package id.okoce.application.memory;

import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.MemberFileRow;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Member "files" held in memory by path, for tests that do not need a real file format. */
public final class InMemoryMemberFiles implements MemberFileReader {

    private final Map<Path, List<MemberFileRow>> files = new ConcurrentHashMap<>();

    /** Makes {@code rows} readable at {@code path}. */
    public Path put(Path path, List<MemberFileRow> rows) {
        files.put(path, List.copyOf(rows));
        return path;
    }

    @Override
    public Rows open(Path file) {
        List<MemberFileRow> rows = files.get(file);
        if (rows == null) {
            throw new IllegalArgumentException("no such file " + file);
        }
        return new Rows() {
            @Override
            public Iterator<MemberFileRow> iterator() {
                return rows.iterator();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
