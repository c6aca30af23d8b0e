package org.workingrecord.lti;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.AccountService;

/** The platforms that may launch this tool: registered, listed and removed by administrators only. */
@Service
public class LtiPlatforms {

    private static final String COLUMNS = "id, name, issuer, client_id, auth_login_url, token_url, jwks_url, deployment_ids";

    /** How long a server trusts its list of platform origins before reading it again (another server may have changed it). */
    private static final Duration ORIGINS_KEPT = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private volatile Origins origins = new Origins(List.of(), Instant.EPOCH);

    private record Origins(List<String> list, Instant read) {
    }

    LtiPlatforms(JdbcTemplate jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers a platform with what it gave for this tool. Each URL must be https (http only on this machine, for
     * trying it out); the deployment ids are separated by commas, spaces or lines. IllegalArgumentException says
     * which field is wrong.
     */
    @Transactional
    public LtiPlatform register(long adminId, String name, String issuer, String clientId, String authLoginUrl, String tokenUrl,
                                String jwksUrl, String deploymentIds) {
        requireAdmin(adminId);
        String n = required("name", name, 80);
        String iss = required("issuer", issuer, 300);
        String client = required("client", clientId, 200);
        String auth = url("auth", authLoginUrl);
        String token = url("token", tokenUrl);
        String jwks = url("jwks", jwksUrl);
        List<String> deployments = Arrays.stream((deploymentIds == null ? "" : deploymentIds).split("[,\\s]+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        if (deployments.isEmpty() || String.join(",", deployments).length() > 2000) {
            throw new IllegalArgumentException("deployments");
        }
        if (find(iss, client).isPresent()) {
            throw new IllegalArgumentException("taken");
        }
        jdbc.update("insert into lti_platform (name, issuer, client_id, auth_login_url, token_url, jwks_url, deployment_ids, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", n, iss, client, auth, token, jwks, String.join(",", deployments),
                Timestamp.from(clock.instant()));
        origins = new Origins(List.of(), Instant.EPOCH);
        return find(iss, client).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<LtiPlatform> list(long adminId) {
        requireAdmin(adminId);
        return jdbc.query("select " + COLUMNS + " from lti_platform order by name", LtiPlatforms::row);
    }

    /** Removes a platform: its launches stop; the classes and work made through it stay with their teachers. */
    @Transactional
    public void remove(long adminId, long platformId) {
        requireAdmin(adminId);
        jdbc.update("delete from lti_platform where id = ?", platformId);
        origins = new Origins(List.of(), Instant.EPOCH);
    }

    /**
     * The origins of the registered platforms (their issuer's and login endpoint's), which may show the app inside their
     * pages: the Content-Security-Policy's frame-ancestors. Read again at most every minute.
     */
    public List<String> frameOrigins() {
        Origins o = origins;
        if (Duration.between(o.read(), clock.instant()).compareTo(ORIGINS_KEPT) > 0) {
            Set<String> found = new LinkedHashSet<>();
            jdbc.query("select issuer, auth_login_url from lti_platform order by id", rs -> {
                origin(rs.getString(1)).ifPresent(found::add);
                origin(rs.getString(2)).ifPresent(found::add);
            });
            o = new Origins(List.copyOf(found), clock.instant());
            origins = o;
        }
        return o.list();
    }

    /** scheme://host[:port] of an http(s) URL; empty for anything else, so nothing but an origin reaches the policy. */
    static Optional<String> origin(String url) {
        try {
            URI u = URI.create(url);
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                    || !u.getHost().matches("[A-Za-z0-9.-]+")) {
                return Optional.empty();
            }
            return Optional.of(u.getScheme() + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The platform with this issuer and client id; with no client id, the issuer's only registration. */
    Optional<LtiPlatform> find(String issuer, String clientId) {
        List<LtiPlatform> found = clientId == null || clientId.isBlank()
                ? jdbc.query("select " + COLUMNS + " from lti_platform where issuer = ?", LtiPlatforms::row, issuer)
                : jdbc.query("select " + COLUMNS + " from lti_platform where issuer = ? and client_id = ?", LtiPlatforms::row,
                issuer, clientId);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    Optional<LtiPlatform> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from lti_platform where id = ?", LtiPlatforms::row, id).stream().findFirst();
    }

    private static LtiPlatform row(ResultSet rs, int n) throws SQLException {
        return new LtiPlatform(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), List.of(rs.getString(8).split(",")));
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(field);
        }
        return v;
    }

    private static String url(String field, String value) {
        String v = required(field, value, 500);
        try {
            URI u = URI.create(v);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            boolean local = host.equals("localhost") || host.equals("127.0.0.1");
            if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && local)) {
                throw new IllegalArgumentException(field);
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field, e);
        }
    }

    private void requireAdmin(long adminId) {
        if (!accounts.isAdministrator(adminId)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
