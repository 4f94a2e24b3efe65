package org.healthjournal.pipeline.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;

/**
 * Staff APIs use HTTP Basic against the configured staff users; public paths are open.
 * CSRF protection is off because no API endpoint relies on a session cookie: every API call carries
 * its credentials. A service with staff pages turns on {@code pipeline.security.web-login}: those
 * pages get their own chain (form sign-in at {@code /login}, a session, CSRF), checked first; the
 * API chain below stays exactly as it is for every other path.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@EnableConfigurationProperties(StaffUsersProperties.class)
@EnableMethodSecurity
public class ApiSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    InMemoryUserDetailsManager staffUsers(StaffUsersProperties properties) {
        List<UserDetails> users = properties.getUsers().stream()
                .map(user -> User.withUsername(user.getName())
                        .password(user.getPassword())
                        .roles(user.getRoles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * The one authentication provider of every chain: the stored-password check (bcrypt, with
     * Spring's upgrade of {@code {noop}} passwords) behind {@link RememberedSignIns}, so a staff
     * member's repeated HTTP Basic calls pay for it once per {@code pipeline.security.credential-cache.ttl}.
     */
    @Bean
    @ConditionalOnMissingBean(AuthenticationProvider.class)
    RememberedSignIns staffAuthentication(UserDetailsService users, PasswordEncoder passwords,
            StaffUsersProperties properties) {
        DaoAuthenticationProvider storedPasswords = new DaoAuthenticationProvider(users);
        storedPasswords.setPasswordEncoder(passwords);
        if (users instanceof UserDetailsPasswordService upgrades) {
            storedPasswords.setUserDetailsPasswordService(upgrades);
        }
        StaffUsersProperties.CredentialCache cache = properties.getCredentialCache();
        return new RememberedSignIns(storedPasswords, cache.getTtl(), cache.getMaxSize(), Ticker.systemTicker());
    }

    /** Spring Security's strict firewall, its character rules checked without a regular expression; see the class. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    StrictHttpFirewall httpFirewall() {
        return FirewallCharacters.strictFirewall();
    }

    @Bean
    StaffDirectory staffDirectory(StaffUsersProperties properties) {
        return new StaffDirectory(properties.getUsers());
    }

    // declared before the page chain: @ConditionalOnMissingBean sees only the beans registered before it
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, StaffUsersProperties properties, ObjectMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        String[] open = properties.getOpenPaths().toArray(String[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnProperty(prefix = "pipeline.security.web-login", name = "enabled", havingValue = "true")
    SecurityFilterChain staffPagesSecurity(HttpSecurity http, StaffUsersProperties properties) throws Exception {
        StaffUsersProperties.WebLogin login = properties.getWebLogin();
        List<String> paths = new java.util.ArrayList<>(login.getPages());
        paths.addAll(List.of(StaffLoginPage.LOGIN, StaffLoginPage.LOGOUT, StaffLoginPage.ASSETS));
        http.securityMatcher(paths.toArray(String[]::new))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(StaffLoginPage.LOGIN, StaffLoginPage.ASSETS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(StaffLoginPage.LOGIN)
                        .defaultSuccessUrl(login.getHome(), false)
                        .failureUrl(StaffLoginPage.LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl(StaffLoginPage.LOGOUT)
                        .logoutSuccessUrl(StaffLoginPage.LOGIN + "?signed-out"))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(prefix = "pipeline.security.web-login", name = "enabled", havingValue = "true")
    RouterFunction<ServerResponse> staffLoginPage(StaffUsersProperties properties) {
        return new StaffLoginPage(properties.getWebLogin().getTitle()).route();
    }
}
