package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageError;
import id.okoce.domain.testdata.MemberBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Eight threads complete the same stage of the same member at the same version: exactly one wins
 * per version, the others are refused, and no update is lost. Shared by the in-memory and
 * PostgreSQL runs.
 */
public abstract class ConcurrentStageCompletionTest {

    /** The ports to race on. */
    protected abstract OutboundPorts adapters();

    /** Runs the race through P2…P7 and checks the outcome. */
    protected void race() throws Exception {
        Network network = new Network(adapters());
        Member member = network.member("31.71.01");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Stage stage : Stage.values()) {
                if (stage == Stage.REGISTRATION) {
                    continue;
                }
                long version = member.version();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Member>> racers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    CompleteStageCommand command = new CompleteStageCommand(HUB, member.id(), new StageCompletion(stage,
                            member.registeredOn().plusDays(stage.number()), MemberBuilder.evidenceFor(stage)), OptionalLong.of(version));
                    racers.add(() -> {
                        start.await();
                        return network.core.completeStage().complete(command);
                    });
                }
                List<Future<Member>> futures = new ArrayList<>();
                for (Callable<Member> racer : racers) {
                    futures.add(pool.submit(racer));
                }
                start.countDown();
                List<Member> winners = new ArrayList<>();
                for (Future<Member> future : futures) {
                    try {
                        winners.add(future.get(60, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        DomainException refusal = (DomainException) e.getCause();
                        assertThat(refusal.code()).isIn(ApplicationError.VERSION_CONFLICT, StageError.STAGE_ALREADY_DONE);
                    }
                }
                assertThat(winners).as("exactly one winner at version " + version).hasSize(1);
                member = winners.get(0);
                assertThat(member.version()).isEqualTo(version + 1);
            }
        } finally {
            pool.shutdownNow();
        }
        Member stored = network.ports.members().findById(member.id()).orElseThrow();
        assertThat(stored.stages().doneStages()).containsExactly(Stage.values());
        assertThat(stored.version()).isEqualTo(7);
    }
}
