package no.kundeloft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.budget.BudgetRollup;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "no.kundeloft", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("no.kundeloft.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule services_do_not_depend_on_views =
            noClasses()
                    .that()
                    .resideOutsideOfPackages("..ui..", "..shell..")
                    .and()
                    .doNotHaveSimpleName("SecurityConfig")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("no.kundeloft..ui..")
                    .because(
                            "views use services, never the other way round (the security configuration names the login view)");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_MACHINES_TIME =
            new DescribedPredicate<>("reads the machine's time without the Clock bean") {
                @Override
                public boolean test(JavaMethodCall call) {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    boolean nowWithoutClock =
                            owner.getPackageName().equals("java.time")
                                    && name.equals("now")
                                    && call.getTarget().getRawParameterTypes().stream()
                                            .noneMatch(type -> type.isEquivalentTo(Clock.class));
                    boolean systemClock =
                            owner.isEquivalentTo(Clock.class) && name.startsWith("system");
                    boolean millis =
                            owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
                    return nowWithoutClock || systemClock || millis;
                }
            };

    @ArchTest
    static final ArchRule every_now_comes_from_the_clock_bean =
            noClasses()
                    .that()
                    .doNotHaveSimpleName("ClockConfiguration")
                    .should()
                    .callMethodWhere(READS_THE_MACHINES_TIME)
                    .because(
                            "the tests run on a date of their choosing and the demo follows the Clock bean (Europe/Oslo)");

    /** Service methods anyone may call: each returns nothing of a record without its own check. */
    private static final Set<String> UNSECURED_SERVICE_METHODS =
            Set.of(
                    "EmployeeUserDetailsService.loadUserByUsername", // sign-in looks the user up
                    // before anyone is signed in
                    "EmployeeUserDetailsService.activeByEmail", // so does sign-in with the
                    // company's identity provider
                    "CalendarFeedService.writeFeed", // the calendar feed: the secret token is the
                    // key
                    "RevenueLoadService.loadedThrough"); // a month, no records; the demo seeder

    // reads it too

    @ArchTest
    static final ArchRule every_service_method_is_secured =
            methods()
                    .that()
                    .areDeclaredInClassesThat()
                    .areAnnotatedWith(Service.class)
                    .and()
                    .arePublic()
                    .and()
                    .doNotHaveModifier(JavaModifier.SYNTHETIC)
                    .should(
                            new ArchCondition<>(
                                    "be secured by @PreAuthorize on the method or its class, or be on the named allow-list") {
                                @Override
                                public void check(JavaMethod method, ConditionEvents events) {
                                    String name =
                                            method.getOwner().getSimpleName()
                                                    + "."
                                                    + method.getName();
                                    boolean secured =
                                            method.isAnnotatedWith(PreAuthorize.class)
                                                    || method.getOwner()
                                                            .isAnnotatedWith(PreAuthorize.class);
                                    if (!secured && !UNSECURED_SERVICE_METHODS.contains(name)) {
                                        events.add(
                                                SimpleConditionEvent.violated(
                                                        method,
                                                        name
                                                                + " is neither secured nor on the allow-list"));
                                    }
                                }
                            });

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature =
            classes()
                    .that()
                    .areAssignableTo(Repository.class)
                    .should(
                            new ArchCondition<>(
                                    "be used only by classes of their own package (or the demo seeder's parts)") {
                                @Override
                                public void check(JavaClass repository, ConditionEvents events) {
                                    repository.getDirectDependenciesToSelf().stream()
                                            .filter(
                                                    dependency ->
                                                            !dependency
                                                                    .getOriginClass()
                                                                    .getPackageName()
                                                                    .equals(
                                                                            repository
                                                                                    .getPackageName()))
                                            .filter(
                                                    dependency ->
                                                            !dependency
                                                                    .getOriginClass()
                                                                    .isAssignableTo(
                                                                            DemoDataPart.class))
                                            .forEach(
                                                    dependency ->
                                                            events.add(
                                                                    SimpleConditionEvent.violated(
                                                                            dependency,
                                                                            dependency
                                                                                    .getDescription())));
                                }
                            })
                    .because("other features read records through the feature's secured services");

    @ArchTest
    static final ArchRule only_the_scope_reader_and_the_demo_seeder_make_an_unlimited_scope =
            noClasses()
                    .that()
                    .doNotHaveSimpleName(OrganisationService.class.getSimpleName())
                    .and()
                    .doNotImplement(DemoDataPart.class)
                    .should()
                    .callMethod(RecordScope.class, "all")
                    .because(
                            "every other query is limited to the signed-in user's scope, which only OrganisationService reads");

    @ArchTest
    static final ArchRule views_reach_records_only_through_secured_services =
            noClasses()
                    .that()
                    .resideInAPackage("no.kundeloft..ui..")
                    .should()
                    .dependOnClassesThat()
                    .areAssignableTo(Repository.class)
                    .orShould()
                    .dependOnClassesThat()
                    .areAssignableTo(EntityManager.class)
                    .orShould()
                    .dependOnClassesThat()
                    .areAssignableTo(RevenueRollup.class)
                    .orShould()
                    .dependOnClassesThat()
                    .areAssignableTo(BudgetRollup.class)
                    .orShould()
                    .dependOnClassesThat()
                    .areAssignableTo(People.class)
                    .orShould()
                    .dependOnClassesThat()
                    .areAssignableTo(ChangeHistory.class)
                    .because("those hand out records without the user's scope; services apply it");

    /**
     * A feature's pages use another feature's UI only where it is offered: a {@link
     * SharedComponent}, or a route to navigate to.
     */
    @ArchTest
    static final ArchRule features_use_other_features_ui_only_where_offered =
            classes()
                    .that()
                    .resideInAPackage("no.kundeloft.*.ui..")
                    .should(
                            new ArchCondition<>(
                                    "use another feature's UI only through shared components and routes") {
                                @Override
                                public void check(JavaClass page, ConditionEvents events) {
                                    String feature = featureOf(page);
                                    page.getDirectDependenciesFromSelf().stream()
                                            .map(Dependency::getTargetClass)
                                            .map(JavaClass::getBaseComponentType)
                                            .filter(
                                                    target ->
                                                            target.getPackageName()
                                                                    .matches(
                                                                            "no\\.kundeloft\\.[a-z]+\\.ui.*"))
                                            .filter(target -> !featureOf(target).equals(feature))
                                            .filter(target -> !featureOf(target).equals("base"))
                                            .filter(target -> !offered(target))
                                            .distinct()
                                            .forEach(
                                                    target ->
                                                            events.add(
                                                                    SimpleConditionEvent.violated(
                                                                            page,
                                                                            page.getName()
                                                                                    + " reaches into "
                                                                                    + target
                                                                                            .getName())));
                                }
                            });

    private static String featureOf(JavaClass type) {
        return type.getPackageName().split("\\.")[2];
    }

    private static boolean offered(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.isAnnotatedWith(SharedComponent.class)
                || outermost.isAnnotatedWith(Route.class);
    }

    /** Role names are written once, in {@code Roles}, and each is its {@code SalesRole}. */
    @Test
    void role_names_are_written_once() throws Exception {
        for (SalesRole role : SalesRole.values()) {
            assertThat(Roles.class.getField(role.name()).get(null)).isEqualTo(role.name());
        }
        Pattern literal =
                Pattern.compile(
                        "\"("
                                + Stream.of(SalesRole.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("|"))
                                + ")\"");
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.endsWith("security/Roles.java")
                        && literal.matcher(Files.readString(file)).find()) {
                    written.add(file.toString());
                }
            }
        }
        assertThat(written).as("role names written outside Roles").isEmpty();
    }

    /** Each class kept small enough to read in one go. */
    @Test
    void no_class_in_main_is_longer_than_400_lines() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.put(file.getFileName().toString(), lines);
                }
            }
        }
        assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
    }

    private static final int MAX_LINES = 400;
}
