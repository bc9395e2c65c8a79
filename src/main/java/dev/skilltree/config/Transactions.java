package dev.skilltree.config;

import javax.sql.DataSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A service's {@code @Transactional} methods run in transactions over a data source, without Spring's context:
 * the same attributes, rollback rules and propagation the server applies, for the command line and plain tests.
 */
public final class Transactions {

    private final TransactionInterceptor interceptor;

    public Transactions(DataSource dataSource) {
        this.interceptor = new TransactionInterceptor(
                new DataSourceTransactionManager(dataSource), new AnnotationTransactionAttributeSource(false));
    }

    /** Runs {@code action} once the current transaction has committed, or now when none is active. */
    public static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @SuppressWarnings("unchecked")
    public <T> T around(T service) {
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(interceptor);
        return (T) proxy.getProxy(service.getClass().getClassLoader());
    }
}
