package id.okoce.adapter.http;

import id.okoce.application.port.in.access.AuthenticateUseCase;
import id.okoce.application.port.in.access.ManageTokensUseCase;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.in.imports.ImportJobsUseCase;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.in.member.CorrectMemberUseCase;
import id.okoce.application.port.in.member.EraseMemberUseCase;
import id.okoce.application.port.in.member.ExportMemberDataUseCase;
import id.okoce.application.port.in.member.MemberRecordsUseCase;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.in.member.WithdrawStageUseCase;
import id.okoce.application.port.in.partner.ChangePartnerStandingUseCase;
import id.okoce.application.port.in.partner.ReadPartnersUseCase;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.in.partner.ValidatePartnerUseCase;
import id.okoce.application.port.in.report.NetworkReportUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Use cases for the HTTP adapter's own tests: each method answers as the test said
 * ({@link #when}), records that it was called, and refuses loudly when the test said nothing (an
 * unexpected call is a failure, not a default). Tokens {@code hub} and {@code partner} authenticate.
 */
final class StubUseCases {

    static final Actor HUB = new Actor.HubAdmin("stub");
    static final Actor PARTNER = new Actor.PartnerActor(PartnerId.random(), ProvinceCode.of("32"));

    private final Map<String, Function<Object[], Object>> answers = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();

    StubUseCases() {
        when(AuthenticateUseCase.class, "authenticate", args -> switch ((String) args[0]) {
            case "hub" -> Optional.of(HUB);
            case "partner" -> Optional.of(PARTNER);
            default -> Optional.empty();
        });
        when(ReplayRequestsUseCase.class, "once", args -> new ReplayRequestsUseCase.Replay(
                ((Supplier<ReplayRequestsUseCase.RememberedOutcome>) args[3]).get(), false));
    }

    /** Makes {@code type.method} answer with {@code answer} (given the call's arguments). */
    StubUseCases when(Class<?> type, String method, Function<Object[], Object> answer) {
        answers.put(type.getSimpleName() + "." + method, answer);
        return this;
    }

    @SuppressWarnings("unchecked")
    private <T> T stub(Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "stub " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            String key = type.getSimpleName() + "." + method.getName();
            calls.add(key);
            Function<Object[], Object> answer = answers.get(key);
            if (answer == null) {
                throw new AssertionError("the test did not expect " + key + " to be called");
            }
            return answer.apply(args == null ? new Object[0] : args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** The use cases, every one a stub. */
    HttpApi.UseCases useCases() {
        return new HttpApi.UseCases(stub(RegisterPartnerUseCase.class), stub(ValidatePartnerUseCase.class),
                stub(ChangePartnerStandingUseCase.class), stub(RecordAgreementUseCase.class), stub(ReadPartnersUseCase.class),
                stub(RegisterMemberUseCase.class), stub(ReadMembersUseCase.class), stub(CorrectMemberUseCase.class),
                stub(WithdrawStageUseCase.class), stub(MemberRecordsUseCase.class), stub(ExportMemberDataUseCase.class),
                stub(EraseMemberUseCase.class), stub(CompleteStageUseCase.class),
                stub(DefineFinancingProductUseCase.class), stub(ListFinancingProductsUseCase.class),
                stub(CheckFinancingEligibilityUseCase.class), stub(RecordFinancingUseCase.class), stub(ReadFinancingsUseCase.class),
                stub(id.okoce.application.port.in.financing.FindApplicantUseCase.class),
                stub(id.okoce.application.port.in.partner.EditPartnerUseCase.class),
                stub(id.okoce.application.port.in.report.NetworkHistoryUseCase.class),
                stub(NetworkReportUseCase.class), stub(ManageTokensUseCase.class), stub(AuthenticateUseCase.class),
                stub(ReplayRequestsUseCase.class), stub(ImportJobsUseCase.class),
                stub(id.okoce.application.port.in.event.ReadEventsUseCase.class),
                stub(id.okoce.application.port.in.event.ManageWebhooksUseCase.class),
                stub(id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase.class),
                stub(id.okoce.application.port.in.duplicate.DuplicateScanJobsUseCase.class));
    }
}
