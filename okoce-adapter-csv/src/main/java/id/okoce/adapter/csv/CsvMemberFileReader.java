package id.okoce.adapter.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads member CSV files (UTF-8, a BOM allowed) one record at a time, and parses every cell of a
 * record into domain values as {@link MemberColumn} describes it, collecting the refusal of every
 * cell that cannot be read, with its column's field.
 */
public final class CsvMemberFileReader implements MemberFileReader {

    @Override
    public Rows open(Path file) {
        CsvReader<CsvRecord> reader;
        try {
            reader = CsvReader.builder().skipEmptyLines(true).detectBomHeader(true).allowExtraFields(true)
                    .allowMissingFields(true).maxBufferSize(1024 * 1024).ofCsvRecord(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
        Iterator<CsvRecord> records = reader.iterator();
        List<String> header = records.hasNext() ? records.next().getFields().stream().map(String::strip).toList() : List.of();
        if (!header.equals(MemberColumn.HEADER)) {
            close(reader);
            throw new DomainException(ImportError.IMPORT_HEADER_INVALID, "header",
                    "the first row must be the header " + String.join(",", MemberColumn.HEADER));
        }
        return new Rows() {
            @Override
            public Iterator<MemberFileRow> iterator() {
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        try {
                            return records.hasNext();
                        } catch (CsvParseException e) {
                            throw new UncheckedIOException(new IOException("the file cannot be read as CSV: " + e.getMessage()));
                        }
                    }

                    @Override
                    public MemberFileRow next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return row(records.next());
                    }
                };
            }

            @Override
            public void close() {
                CsvMemberFileReader.close(reader);
            }
        };
    }

    private static void close(CsvReader<CsvRecord> reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record parsed: its values, or the refusal of every cell that could not be read. */
    static MemberFileRow row(CsvRecord record) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != MemberColumn.values().length) {
            return MemberFileRow.refused(line, List.of(new RowError(line, "", ImportError.IMPORT_ROW_MALFORMED.name(),
                    "expected " + MemberColumn.values().length + " columns, got " + record.getFieldCount())));
        }
        return new Cells(line, record).parse();
    }

    /** The cells of one record and the refusals found so far. */
    private static final class Cells {
        private final long line;
        private final String[] text = new String[MemberColumn.values().length];
        private final boolean[] refused = new boolean[MemberColumn.values().length];
        private final List<RowError> refusals = new ArrayList<>();

        Cells(long line, CsvRecord record) {
            this.line = line;
            for (MemberColumn column : MemberColumn.values()) {
                String value = record.getField(column.index()).strip();
                text[column.index()] = value.isEmpty() ? null : value;
            }
        }

        MemberFileRow parse() {
            for (MemberColumn column : MemberColumn.values()) {
                String value = text[column.index()];
                if (value != null && value.indexOf('\u0000') >= 0) {
                    refuse(column, ImportError.IMPORT_ROW_MALFORMED.name(), "column " + column.header() + " contains a NUL character (U+0000)");
                } else if (value == null && column.required()) {
                    refuse(column, "FIELD_REQUIRED", column.header() + " is required");
                }
            }
            LocalDate registeredOn = date(MemberColumn.REGISTERED_ON);
            Nik nik = registeredOn == null ? null : get(MemberColumn.NIK, () -> Nik.parse(cell(MemberColumn.NIK), registeredOn));
            PhoneNumber phone = get(MemberColumn.PHONE, () -> PhoneNumber.parse(cell(MemberColumn.PHONE)));
            KecamatanCode kecamatan = get(MemberColumn.KECAMATAN, () -> KecamatanCode.of(cell(MemberColumn.KECAMATAN)));
            BusinessSector sector = get(MemberColumn.SECTOR, () -> BusinessSector.parse(cell(MemberColumn.SECTOR)));
            LocalDate startedOn = date(MemberColumn.BUSINESS_STARTED_ON);
            Optional<Nib> nib = get(MemberColumn.NIB, () -> Optional.ofNullable(cell(MemberColumn.NIB)).map(Nib::parse));
            Business business = sector == null || startedOn == null || nib == null ? null
                    : get(MemberColumn.BUSINESS_NAME, () -> new Business(cell(MemberColumn.BUSINESS_NAME), sector, startedOn, nib));
            List<StageCompletion> stages = stages();
            if (!refusals.isEmpty()) {
                return MemberFileRow.refused(line, refusals);
            }
            return MemberFileRow.read(line, new MemberFileRow.Values(nik, cell(MemberColumn.FULL_NAME), phone, kecamatan, business,
                    registeredOn, stages));
        }

        /** The stages after P1 the row fills, each with its date and evidence. */
        private List<StageCompletion> stages() {
            List<StageCompletion> done = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                Optional<MemberColumn> dateColumn = MemberColumn.dateOf(stage);
                if (dateColumn.isEmpty()) {
                    continue;
                }
                Optional<MemberColumn> evidenceColumn = MemberColumn.evidenceOf(stage);
                boolean evidenceGiven = evidenceColumn.map(c -> cell(c) != null).orElse(false)
                        || (stage == Stage.LICENSING && cell(MemberColumn.P4_LICENCE_TYPE) != null);
                if (cell(dateColumn.get()) == null) {
                    if (evidenceGiven) {
                        refuse(dateColumn.get(), ImportError.STAGE_DATE_MISSING.name(), stage.code() + " evidence is given without its date");
                    }
                    continue;
                }
                LocalDate on = date(dateColumn.get());
                StageEvidence evidence = evidence(stage, evidenceColumn);
                if (on != null && evidence != null) {
                    done.add(new StageCompletion(stage, on, evidence));
                }
            }
            return done;
        }

        private StageEvidence evidence(Stage stage, Optional<MemberColumn> column) {
            String content = column.map(this::cell).orElse(null);
            if (stage == Stage.LICENSING) {
                String type = cell(MemberColumn.P4_LICENCE_TYPE);
                LicenceType licence = type == null ? null : get(MemberColumn.P4_LICENCE_TYPE, () -> LicenceType.parse(type));
                if (type != null && licence == null) {
                    return null;
                }
                return get(licence == null ? MemberColumn.P4_LICENCE_TYPE : MemberColumn.P4_LICENCE_NUMBER,
                        () -> StageEvidence.of(stage.evidenceNeed(), content, licence));
            }
            return get(column.orElse(MemberColumn.dateOf(stage).orElseThrow()), () -> StageEvidence.of(stage.evidenceNeed(), content, null));
        }

        private String cell(MemberColumn column) {
            return text[column.index()];
        }

        /** The value {@code parse} makes of a column, or null after its refusal (also when the column was refused already). */
        private <T> T get(MemberColumn column, Supplier<T> parse) {
            if (refused[column.index()]) {
                return null;
            }
            try {
                return parse.get();
            } catch (DomainException refusal) {
                refuse(column, refusal.code().name(), refusal.getMessage());
                return null;
            }
        }

        private LocalDate date(MemberColumn column) {
            if (refused[column.index()]) {
                return null;
            }
            try {
                return isoDate(cell(column));
            } catch (DateTimeException | NumberFormatException e) {
                refuse(column, "DATE_MALFORMED", column.header() + " must be a date like 2018-09-10");
                return null;
            }
        }

        private void refuse(MemberColumn column, String code, String message) {
            refused[column.index()] = true;
            refusals.add(new RowError(line, column.field(), code, message));
        }
    }

    /**
     * A {@code yyyy-MM-dd} date, read by hand: millions of rows make {@link LocalDate#parse} (a
     * general formatter) a noticeable cost.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new NumberFormatException("not yyyy-MM-dd");
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
