package nl.berichtenbatch.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.Standard;

class RememberingHistoryTests {

    private static final Scope SCOPE = new Scope(Standard.IJW, "0363", "12345678");

    private final List<String> asked = new ArrayList<>();

    /** A store that answers every question with nothing and notes what it was asked. */
    private final History store = (History) Proxy.newProxyInstance(History.class.getClassLoader(),
            new Class<?>[] {History.class}, (proxy, method, args) -> {
                asked.add(method.getName() + java.util.Arrays.toString(args));
                Class<?> type = method.getReturnType();
                return type == boolean.class ? Boolean.FALSE : type == Optional.class ? Optional.empty() : List.of();
            });

    @Test
    void asksTheStoreEachQuestionOnce() {
        // given
        History history = new RememberingHistory(store);
        // when
        for (int prestatie = 0; prestatie < 5; prestatie++) {
            history.currentAllocation(SCOPE, 1001);
            history.approvedUncreditedDebits(SCOPE, 1001);
            history.referentieNummerUsed(SCOPE, "RN1");
        }
        // then
        assertThat(asked).containsExactly("currentAllocation[" + SCOPE + ", 1001]",
                "approvedUncreditedDebits[" + SCOPE + ", 1001]", "referentieNummerUsed[" + SCOPE + ", RN1]");
    }

    @Test
    void asksAgainWhenAnyPartOfTheQuestionDiffers() {
        // given
        History history = new RememberingHistory(store);
        Scope otherPair = new Scope(Standard.IJW, "0363", "87654321");
        // when
        history.currentAllocation(SCOPE, 1001);
        history.currentAllocation(SCOPE, 1002);
        history.currentAllocation(otherPair, 1001);
        history.requestHonoured(SCOPE, null);
        history.requestHonoured(SCOPE, null);
        // then
        assertThat(asked).hasSize(4);
    }

    @Test
    void remembersAnAnswerOfNothing() {
        // given
        History history = new RememberingHistory(store);
        // when
        Optional<Allocation> first = history.currentAllocation(SCOPE, 1001);
        Optional<Allocation> again = history.currentAllocation(SCOPE, 1001);
        // then
        assertThat(first).isEmpty();
        assertThat(again).isEmpty();
        assertThat(asked).hasSize(1);
    }
}
