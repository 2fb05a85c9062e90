package no.kundeloft;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

@AnalyzeClasses(packages = "no.kundeloft", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("no.kundeloft.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses().that().resideOutsideOfPackages("..ui..", "..shell..")
            .and().doNotHaveSimpleName("SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("no.kundeloft..ui..")
            .because("views use services, never the other way round (the security configuration names the login view)");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_MACHINES_TIME =
            new DescribedPredicate<>("reads the machine's time without the Clock bean") {
                @Override
                public boolean test(JavaMethodCall call) {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    boolean nowWithoutClock = owner.getPackageName().equals("java.time") && name.equals("now")
                            && call.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
                    boolean systemClock = owner.isEquivalentTo(Clock.class) && name.startsWith("system");
                    boolean millis = owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
                    return nowWithoutClock || systemClock || millis;
                }
            };

    @ArchTest
    static final ArchRule every_now_comes_from_the_clock_bean = noClasses().that().doNotHaveSimpleName("ClockConfiguration")
            .should().callMethodWhere(READS_THE_MACHINES_TIME)
            .because("the tests run on a date of their choosing and the demo follows the Clock bean (Europe/Oslo)");
}
