package no.kundeloft.bench;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, by wrapping its data source (datasource-proxy):
 * a benchmark starts counting, does what a page does, and reads how many statements that took and
 * which.
 */
@TestConfiguration
public class StatementCounter {

    private static final List<String> statements = new ArrayList<>();
    private static volatile boolean counting;

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !name.startsWith("counting")) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counting")
                            .afterQuery(
                                    (execution, queries) -> {
                                        if (counting) {
                                            synchronized (statements) {
                                                queries.forEach(
                                                        query -> statements.add(query.getQuery()));
                                            }
                                        }
                                    })
                            .build();
                }
                return bean;
            }
        };
    }

    /** Forgets what was counted and counts from now. */
    public static void start() {
        synchronized (statements) {
            statements.clear();
        }
        counting = true;
    }

    /** The statements sent since {@link #start()}; counting stops. */
    public static List<String> stop() {
        counting = false;
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }
}
