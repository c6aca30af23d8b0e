package org.workingrecord.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets the test suite share one JVM and Spring's context cache. Every application context Vaadin starts
 * makes its own {@code VaadinAwareSecurityContextHolderStrategy} (each with its own thread-local) and installs
 * it as Spring Security's global strategy; a cached context used again after another one started would then
 * read the signed-in user from the other context's strategy, and {@code @WithMockUser} would seem signed out.
 * Before each test this puts back the strategy of the context the test runs in: after the context is loaded
 * (order 2000) and before Spring Security's {@code @WithMockUser} listener (order 10000) sets the user.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
