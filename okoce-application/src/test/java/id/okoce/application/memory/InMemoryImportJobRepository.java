package id.okoce.application.memory;

import id.okoce.application.port.out.ImportJobRepository;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import id.okoce.domain.member.MemberNumber;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Import jobs and their errors in memory. */
public final class InMemoryImportJobRepository implements ImportJobRepository {

    private final Map<ImportJobId, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Map<ImportJobId, List<RowError>> errors = new ConcurrentHashMap<>();

    @Override
    public void save(ImportJob job) {
        jobs.put(job.id(), job);
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void addErrors(ImportJobId id, List<RowError> more) {
        List<RowError> list = errors.computeIfAbsent(id, k -> new ArrayList<>());
        synchronized (list) {
            list.addAll(more);
        }
    }

    @Override
    public Set<MemberNumber> membersNamed(ImportJobId id) {
        Set<MemberNumber> named = new LinkedHashSet<>();
        forEachError(id, e -> e.member().ifPresent(named::add));
        return named;
    }

    @Override
    public void forEachError(ImportJobId id, Consumer<RowError> sink) {
        List<RowError> list = errors.getOrDefault(id, List.of());
        List<RowError> copy;
        synchronized (list) {
            copy = new ArrayList<>(list);
        }
        copy.sort(Comparator.comparingLong(RowError::line));
        copy.forEach(sink);
    }
}
