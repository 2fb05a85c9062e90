package no.kundeloft.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import no.kundeloft.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Form sign-in at /login with BCrypt passwords, throttled after repeated failures; a deactivated or
 * changed account is signed out at its next request; security headers come from {@link
 * SecurityHeadersFilter}. With a registration named {@code company} configured, employees may also
 * sign in with the company's identity provider ({@link CompanySignIn}). Views and services check
 * roles themselves.
 */
@Configuration
@EnableWebSecurity
// JSR-250 on: @RolesAllowed/@PermitAll sit on views only, but turning it off lets Vaadin reuse a
// view instance when the
// same view class is navigated to again, which the views are not yet written for (see
// docs/scaling.md)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInLog signIns,
            ActiveAccounts activeAccounts,
            EmailAccounts emailAccounts,
            ObjectProvider<ClientRegistrationRepository> companyIdentityProvider)
            throws Exception {
        http.authorizeHttpRequests(
                requests ->
                        requests
                                // private calendar feeds: the long random token in the URL is the
                                // credential
                                .requestMatchers(
                                        "/styles.css",
                                        "/images/**",
                                        "/webjars/**",
                                        "/calendar/*.ics")
                                .permitAll()
                                // call recordings: signed-in users; the recording's service decides
                                // who may hear which
                                .requestMatchers("/recordings/*")
                                .authenticated()
                                // phone systems post calls with a token of their own (checked by
                                // the service), not a session
                                .requestMatchers("/api/phone/calls")
                                .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/phone/calls"));
        http.addFilterBefore(
                new SameOriginSignInFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new SignInThrottleFilter(signIns), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(
                new ActiveAccountFilter(activeAccounts), AnonymousAuthenticationFilter.class);
        if (companyIdentityProvider.getIfAvailable() != null) {
            // only when spring.security.oauth2.client.registration.company.* is configured;
            // passwords keep working
            http.oauth2Login(
                    oidc ->
                            oidc.loginPage("/login")
                                    .successHandler(new CompanySignIn(emailAccounts, signIns))
                                    .failureUrl(CompanySignIn.UNKNOWN_ACCOUNT));
        }
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
