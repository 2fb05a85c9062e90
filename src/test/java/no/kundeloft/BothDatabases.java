package no.kundeloft;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test the build runs twice: on H2 and again on the embedded PostgreSQL (the surefire execution
 * {@code postgresql} selects this tag). Inherited, so every {@link ScenarioTest} and {@link
 * CommittedScenarioTest} has it whatever its name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(BothDatabases.TAG)
public @interface BothDatabases {
    String TAG = "both-databases";
}
