package id.okoce.application;

import id.okoce.application.port.in.access.AuthenticateUseCase;
import id.okoce.application.port.in.access.ManageTokensUseCase;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.duplicate.DuplicateScanJobsUseCase;
import id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase;
import id.okoce.application.port.in.event.ManageWebhooksUseCase;
import id.okoce.application.port.in.event.ReadEventsUseCase;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.in.financing.FindApplicantUseCase;
import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.in.imports.ImportJobsUseCase;
import id.okoce.application.port.in.imports.ImportMembersUseCase;
import id.okoce.application.port.in.member.ApplyRetentionUseCase;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.in.member.CorrectMemberUseCase;
import id.okoce.application.port.in.member.EraseMemberUseCase;
import id.okoce.application.port.in.member.ExportMemberDataUseCase;
import id.okoce.application.port.in.member.MemberRecordsUseCase;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.in.member.WithdrawStageUseCase;
import id.okoce.application.port.in.partner.ChangePartnerStandingUseCase;
import id.okoce.application.port.in.partner.EditPartnerUseCase;
import id.okoce.application.port.in.partner.ReadPartnersUseCase;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.in.partner.ValidatePartnerUseCase;
import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.application.port.in.report.NetworkReportUseCase;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.OtherCreditSource;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.WebhookStore;
import id.okoce.application.service.Accounting;
import id.okoce.application.service.ApplyRetentionService;
import id.okoce.application.service.AuthenticateService;
import id.okoce.application.service.ChangePartnerStandingService;
import id.okoce.application.service.CheckFinancingEligibilityService;
import id.okoce.application.service.CompleteStageService;
import id.okoce.application.service.CorrectMemberService;
import id.okoce.application.service.DefineFinancingProductService;
import id.okoce.application.service.DuplicateScanJobsService;
import id.okoce.application.service.DuplicatesService;
import id.okoce.application.service.EditPartnerService;
import id.okoce.application.service.EraseMemberService;
import id.okoce.application.service.ExportMemberDataService;
import id.okoce.application.service.FindApplicantService;
import id.okoce.application.service.ImportJobsService;
import id.okoce.application.service.ImportMembersService;
import id.okoce.application.service.ListFinancingProductsService;
import id.okoce.application.service.ManageTokensService;
import id.okoce.application.service.ManageWebhooksService;
import id.okoce.application.service.MemberRecordsService;
import id.okoce.application.service.NetworkHistoryService;
import id.okoce.application.service.NetworkReportService;
import id.okoce.application.service.NoWebhooks;
import id.okoce.application.service.ReadEventsService;
import id.okoce.application.service.ReadFinancingsService;
import id.okoce.application.service.ReadMembersService;
import id.okoce.application.service.ReadPartnersService;
import id.okoce.application.service.RecordAgreementService;
import id.okoce.application.service.RecordFinancingService;
import id.okoce.application.service.RegisterMemberService;
import id.okoce.application.service.RegisterPartnerService;
import id.okoce.application.service.ReplayRequestsService;
import id.okoce.application.service.ValidatePartnerService;
import id.okoce.application.service.WithdrawStageService;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.network.GrowthTarget;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every OK OCE use case, wired by plain constructors from the outbound ports: what an embedding
 * application calls instead of a DI framework.
 *
 * <pre>{@code
 * OkoceCore core = OkoceCore.assemble(ports);                 // Asia/Jakarta clock, standard policies
 * Member siti = core.registerMember().register(command);
 * }</pre>
 *
 * <p>Assembling writes nothing: a new store gets the built-in financing products from
 * {@code defineFinancingProduct().addBuiltInCatalogue(Actor.system())}, a step of its setup.
 */
public final class OkoceCore {

    /** The network's time zone: dates ("today") are Jakarta dates. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final RegisterPartnerUseCase registerPartner;
    private final ValidatePartnerUseCase validatePartner;
    private final ChangePartnerStandingUseCase changePartnerStanding;
    private final RecordAgreementUseCase recordAgreement;
    private final ReadPartnersUseCase readPartners;
    private final RegisterMemberUseCase registerMember;
    private final CompleteStageUseCase completeStage;
    private final ReadMembersUseCase readMembers;
    private final CorrectMemberUseCase correctMember;
    private final WithdrawStageUseCase withdrawStage;
    private final MemberRecordsUseCase memberRecords;
    private final ExportMemberDataUseCase exportMemberData;
    private final EraseMemberUseCase eraseMember;
    private final ApplyRetentionUseCase applyRetention;
    private final DefineFinancingProductUseCase defineFinancingProduct;
    private final ListFinancingProductsUseCase listFinancingProducts;
    private final CheckFinancingEligibilityUseCase checkFinancingEligibility;
    private final RecordFinancingUseCase recordFinancing;
    private final ReadFinancingsUseCase readFinancings;
    private final EditPartnerUseCase editPartner;
    private final NetworkHistoryUseCase networkHistory;
    private final FindApplicantUseCase findApplicant;
    private final NetworkReportUseCase networkReport;
    private final ManageTokensUseCase manageTokens;
    private final AuthenticateUseCase authenticate;
    private final ReplayRequestsUseCase replayRequests;
    private final ImportMembersUseCase importMembers;
    private final ImportJobsService importJobs;
    private final DuplicateScanJobsService duplicateScans;
    private final ReadEventsUseCase readEvents;
    private final ManageWebhooksUseCase manageWebhooks;
    private final WebhookStore webhooks;
    private final EventLog events;
    private final DuplicatesService duplicates;

    private OkoceCore(Builder b) {
        OutboundPorts p = b.ports;
        Accounting accounting = new Accounting(p.audit(), p.reads(), b.clock, b.origin);
        registerPartner = new RegisterPartnerService(p.partners(), p.identities(), p.transactions(), accounting, b.clock);
        validatePartner = new ValidatePartnerService(p.partners(), p.transactions(), accounting, b.clock);
        changePartnerStanding = new ChangePartnerStandingService(p.partners(), p.transactions(), accounting, b.clock);
        recordAgreement = new RecordAgreementService(p.partners(), p.agreements(), p.identities(), p.transactions(), accounting);
        readPartners = new ReadPartnersService(p.partners(), p.agreements());
        editPartner = new EditPartnerService(p.partners(), p.transactions(), accounting);
        registerMember = new RegisterMemberService(p.members(), p.identities(), p.transactions(), accounting, b.clock, b.duplicates,
                b.duplicateThresholds);
        duplicates = new DuplicatesService(b.duplicates, p.members(), p.transactions(), accounting, b.duplicateThresholds, b.clock);
        duplicateScans = new DuplicateScanJobsService(duplicates, b.clock);
        completeStage = new CompleteStageService(p.members(), p.partners(), p.agreements(), b.prerequisites,
                p.transactions(), accounting, b.clock);
        readMembers = new ReadMembersService(p.members(), accounting);
        correctMember = new CorrectMemberService(p.members(), p.transactions(), accounting, b.clock);
        withdrawStage = new WithdrawStageService(p.members(), p.financings(), p.transactions(), accounting);
        memberRecords = new MemberRecordsService(p.members(), accounting);
        exportMemberData = new ExportMemberDataService(p.members(), p.financings(), accounting, b.clock);
        EraseMemberService erasures = new EraseMemberService(p.members(), p.financings(), p.idempotency(), p.transactions(),
                accounting, b.clock);
        eraseMember = erasures;
        applyRetention = new ApplyRetentionService(p.members(), erasures, b.retention, b.clock);
        defineFinancingProduct = new DefineFinancingProductService(p.products(), p.transactions(), accounting);
        listFinancingProducts = new ListFinancingProductsService(p.products());
        checkFinancingEligibility = new CheckFinancingEligibilityService(p.members(), p.products(), p.financings(),
                b.eligibility, b.otherCredit, accounting, b.clock);
        recordFinancing = new RecordFinancingService(p.members(), p.partners(), p.agreements(), p.products(),
                p.financings(), p.identities(), b.eligibility, b.otherCredit, b.prerequisites, p.transactions(), accounting,
                b.clock);
        readFinancings = new ReadFinancingsService(p.members(), p.financings(), p.products(), accounting);
        findApplicant = new FindApplicantService(p.members(), p.products(), p.financings(), accounting, b.clock);
        networkReport = new NetworkReportService(p.statistics(), p.partners(), p.agreements(), b.target, b.clock);
        networkHistory = new NetworkHistoryService(p.statistics(), p.partners(), b.target, b.clock);
        manageTokens = new ManageTokensService(p.tokens(), p.partners(), p.transactions(), accounting, b.clock);
        authenticate = new AuthenticateService(p.tokens(), p.partners());
        replayRequests = new ReplayRequestsService(p.idempotency(), p.transactions(), b.clock, b.rememberRequests);
        importMembers = new ImportMembersService(b.memberFiles, p.imports(), p.importJobs(), p.partners(), p.agreements(),
                b.prerequisites, accounting, b.clock);
        importJobs = new ImportJobsService(importMembers, duplicates, p.importJobs(), b.errorReport, p.members(), accounting, b.clock);
        events = b.events;
        readEvents = new ReadEventsService(b.events);
        webhooks = b.webhooks;
        manageWebhooks = new ManageWebhooksService(b.webhooks, b.endpointGuard, b.events, b.clock);
    }

    /** The core with the standard policies, the national target and a Jakarta clock. */
    public static OkoceCore assemble(OutboundPorts ports) {
        return builder(ports).build();
    }

    /** A builder to replace the clock or a policy (e.g. a regional fork's eligibility rule). */
    public static Builder builder(OutboundPorts ports) {
        return new Builder(ports);
    }

    /** Register a partner. */
    public RegisterPartnerUseCase registerPartner() {
        return registerPartner;
    }

    /** Validate or reject a partner. */
    public ValidatePartnerUseCase validatePartner() {
        return validatePartner;
    }

    /** Suspend or reinstate a partner. */
    public ChangePartnerStandingUseCase changePartnerStanding() {
        return changePartnerStanding;
    }

    /** Record a cooperation agreement. */
    public RecordAgreementUseCase recordAgreement() {
        return recordAgreement;
    }

    /** Read partners and agreements. */
    public ReadPartnersUseCase readPartners() {
        return readPartners;
    }

    /** Register a member. */
    public RegisterMemberUseCase registerMember() {
        return registerMember;
    }

    /** Complete a stage. */
    public CompleteStageUseCase completeStage() {
        return completeStage;
    }

    /** Read members. */
    public ReadMembersUseCase readMembers() {
        return readMembers;
    }

    /** Correct a member, or move one to another province. */
    public CorrectMemberUseCase correctMember() {
        return correctMember;
    }

    /** Withdraw a member's most recent stage. */
    public WithdrawStageUseCase withdrawStage() {
        return withdrawStage;
    }

    /** A member's history and record of processing. */
    public MemberRecordsUseCase memberRecords() {
        return memberRecords;
    }

    /** Everything held about a member (the right of access). */
    public ExportMemberDataUseCase exportMemberData() {
        return exportMemberData;
    }

    /** Erase a member's identity and contact data (the right to erasure). */
    public EraseMemberUseCase eraseMember() {
        return eraseMember;
    }

    /** Erase members past the retention period. */
    public ApplyRetentionUseCase applyRetention() {
        return applyRetention;
    }

    /** Define a financing product. */
    public DefineFinancingProductUseCase defineFinancingProduct() {
        return defineFinancingProduct;
    }

    /** List financing products. */
    public ListFinancingProductsUseCase listFinancingProducts() {
        return listFinancingProducts;
    }

    /** Check financing eligibility. */
    public CheckFinancingEligibilityUseCase checkFinancingEligibility() {
        return checkFinancingEligibility;
    }

    /** Record financing granted. */
    public RecordFinancingUseCase recordFinancing() {
        return recordFinancing;
    }

    /** The network over time and across its regions. */
    public NetworkHistoryUseCase networkHistory() {
        return networkHistory;
    }

    /** Edit a partner's name, brand and contact. */
    public EditPartnerUseCase editPartner() {
        return editPartner;
    }

    /** A bank's loan desk finds an applicant. */
    public FindApplicantUseCase findApplicant() {
        return findApplicant;
    }

    /** Read members' financing. */
    public ReadFinancingsUseCase readFinancings() {
        return readFinancings;
    }

    /** The network report. */
    public NetworkReportUseCase networkReport() {
        return networkReport;
    }

    /** Issue and revoke API tokens. */
    public ManageTokensUseCase manageTokens() {
        return manageTokens;
    }

    /** Tell who a bearer secret belongs to. */
    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    /** Remember and replay keyed requests. */
    public ReplayRequestsUseCase replayRequests() {
        return replayRequests;
    }

    /** Import a file of members now. */
    public ImportMembersUseCase importMembers() {
        return importMembers;
    }

    /** The event feed. */
    public ReadEventsUseCase readEvents() {
        return readEvents;
    }

    /** Webhook endpoints. */
    public ManageWebhooksUseCase manageWebhooks() {
        return manageWebhooks;
    }

    /** The webhook store the deliveries work on. */
    public WebhookStore webhooks() {
        return webhooks;
    }

    /** The event log the feed reads (its relay and the webhooks' deliveries work on it). */
    public EventLog events() {
        return events;
    }

    /** Review the possible duplicates. */
    public ReviewDuplicatesUseCase reviewDuplicates() {
        return duplicates;
    }

    /** Scan the whole register for possible duplicates. */
    public ScanDuplicatesUseCase scanDuplicates() {
        return duplicates;
    }

    /** Scans of the register for duplicates as background jobs (the hub, over HTTP). */
    public DuplicateScanJobsUseCase duplicateScans() {
        return duplicateScans;
    }

    /** Import files of members in the background, and follow the jobs. */
    public ImportJobsUseCase importJobs() {
        return importJobs;
    }

    /** Stops the background runners: a running import rolls back its open transaction, a running scan its open batch. */
    public void close() {
        importJobs.close();
        duplicateScans.close();
    }

    /** Chooses the clock and the replaceable policies. */
    public static final class Builder {
        private final OutboundPorts ports;
        private Clock clock = Clock.system(JAKARTA);
        private StagePrerequisitePolicy prerequisites = StagePrerequisitePolicy.allEarlierStages();
        private EligibilityPolicy eligibility = EligibilityPolicy.standard();
        private OtherCreditSource otherCredit = OtherCreditSource.none();
        private GrowthTarget target = GrowthTarget.national();
        private Duration rememberRequests = Duration.ofHours(24);
        private Supplier<Origin> origin = Origin::direct;
        private Optional<Period> retention = Optional.empty();
        private EventLog events = EventLog.NONE;
        private WebhookStore webhooks = new NoWebhooks();
        private DuplicateRegister duplicates = DuplicateRegister.NONE;
        private DuplicateScore.Thresholds duplicateThresholds = DuplicateScore.Thresholds.STANDARD;
        private EndpointGuard endpointGuard = url -> { };
        private MemberFileReader memberFiles = file -> {
            throw new IllegalStateException("no member file reader is configured: add okoce-adapter-csv");
        };
        private ImportErrorReport errorReport = new ImportErrorReport() {
            @Override
            public String mediaType() {
                throw new IllegalStateException("no error report format is configured: add okoce-adapter-csv");
            }

            @Override
            public String extension() {
                return mediaType();
            }

            @Override
            public Writer open(java.io.OutputStream out) {
                throw new IllegalStateException("no error report format is configured: add okoce-adapter-csv");
            }
        };

        private Builder(OutboundPorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
        }

        /**
         * The event log the feed reads (default: none). The store must write each change's event in
         * the change's transaction; the PostgreSQL adapter does so beside the audit entry.
         */
        public Builder events(EventLog value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /**
         * Where webhook endpoints are kept, and which addresses they may have (default: none kept, so
         * registering one is refused).
         */
        public Builder webhooks(WebhookStore store, EndpointGuard guard) {
            this.webhooks = Objects.requireNonNull(store, "store");
            this.endpointGuard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /**
         * Where registrations are compared with the register for possible duplicates, and where the
         * pairs found wait for review (default: none, so no registration is checked).
         */
        public Builder duplicates(DuplicateRegister register) {
            this.duplicates = Objects.requireNonNull(register, "register");
            return this;
        }

        /** Where a score makes a likely duplicate and where a pair for review (default: the standard thresholds). */
        public Builder duplicateThresholds(DuplicateScore.Thresholds value) {
            this.duplicateThresholds = Objects.requireNonNull(value, "thresholds");
            return this;
        }

        /** The clock "today" is read from (default: the system clock in Asia/Jakarta). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The stage prerequisite policy (default: every earlier stage). */
        public Builder prerequisites(StagePrerequisitePolicy value) {
            this.prerequisites = Objects.requireNonNull(value, "prerequisites");
            return this;
        }

        /** The eligibility policy (default: the standard rules). */
        public Builder eligibility(EligibilityPolicy value) {
            this.eligibility = Objects.requireNonNull(value, "eligibility");
            return this;
        }

        /**
         * Where facts about a borrower's other productive credit come from (default: none, so rules that
         * need them are unknown and such decisions are "not decided"); e.g. an adapter that asks SIKP.
         */
        public Builder otherCredit(OtherCreditSource value) {
            this.otherCredit = Objects.requireNonNull(value, "otherCredit");
            return this;
        }

        /** The growth target (default: 5,000,000 by September 2023, counted at P4). */
        public Builder target(GrowthTarget value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /** How long answers to keyed requests are remembered (default 24 hours); they may hold personal data. */
        public Builder rememberRequestsFor(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the retention of remembered requests must be positive");
            }
            this.rememberRequests = value;
            return this;
        }

        /**
         * Tells the request or command being served on the calling thread, for the audit trail and
         * the read records (default: a direct call). An HTTP adapter gives the request's id and route.
         */
        public Builder origin(Supplier<Origin> value) {
            this.origin = Objects.requireNonNull(value, "origin");
            return this;
        }

        /**
         * How long members with no activity are kept before {@link OkoceCore#applyRetention()}
         * erases them (default: off, kept until erased on request).
         */
        public Builder retention(Period value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("a retention period must be positive");
            }
            this.retention = Optional.of(value);
            return this;
        }

        /** The reader of member files for imports (e.g. the CSV adapter's). */
        public Builder memberFiles(MemberFileReader value) {
            this.memberFiles = Objects.requireNonNull(value, "memberFiles");
            return this;
        }

        /** The format of import error reports (e.g. the CSV adapter's). */
        public Builder errorReport(ImportErrorReport value) {
            this.errorReport = Objects.requireNonNull(value, "errorReport");
            return this;
        }

        /** Wires every use case. */
        public OkoceCore build() {
            return new OkoceCore(this);
        }
    }
}
