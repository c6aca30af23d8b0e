package org.workingrecord.account;

import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.secret.AppSecrets;
import org.workingrecord.shell.Pages;

/**
 * Teacher accounts. While none exists, a one-time setup link with a random token is printed to the
 * console and log; it creates the first teacher, an administrator. There are no default passwords.
 */
@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD = 10;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._\\-]{1,59}");

    private final TeacherRepository teachers;
    private final List<TeacherHoldings> holdings;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String baseUrl;
    private final AppSecrets secrets;
    /** Chosen by the installer; otherwise one is made at the first start and kept in the database for every server. */
    private final String presetToken;
    private static final String SETUP = "setup-token";

    AccountService(TeacherRepository teachers, List<TeacherHoldings> holdings, PasswordEncoder encoder, Clock clock,
                   AppSecrets secrets, @Value("${workingrecord.base-url:http://localhost:${server.port:8080}}") String baseUrl,
                   @Value("${workingrecord.setup-token:}") String presetToken) {
        this.secrets = secrets;
        this.teachers = teachers;
        this.holdings = List.copyOf(holdings);
        this.encoder = encoder;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.presetToken = presetToken.isBlank() ? null : presetToken;
    }

    /** At start-up with no teacher yet: make and print the one-time setup link. */
    @EventListener(ApplicationReadyEvent.class)
    public void announceSetup() {
        if (teachers.count() == 0) {
            // the same token on every server sharing the database: the link works whichever one answers it
            String token = presetToken != null ? presetToken : secrets.getOrCreate(SETUP, () -> {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                return HexFormat.of().formatHex(bytes);
            });
            String link = baseUrl + "/" + Pages.SETUP + "?token=" + token;
            log.warn("No teacher account yet. Create the first one (an administrator) at: {}", link);
            System.out.println("\n  Working Record: create the first teacher account at\n  " + link + "\n");
        }
    }

    public boolean setupNeeded() {
        return teachers.count() == 0;
    }

    /** The first teacher, with the token from the console. Refused once any teacher exists. */
    @Transactional
    public TeacherInfo setUp(String token, String username, String displayName, String password) {
        // locked until this transaction ends: two servers cannot both make a first teacher with it
        String setupToken = presetToken != null ? presetToken : secrets.lock(SETUP).orElse(null);
        if (teachers.count() > 0 || setupToken == null || !MessageDigest.isEqual(
                setupToken.getBytes(), (token == null ? "" : token).getBytes())) {
            throw new AccessDeniedException("setup link not valid");
        }
        if (setupToken.length() < 16) {
            throw new AccessDeniedException("setup token too short");
        }
        TeacherInfo first = create(username, displayName, password, true);
        secrets.delete(SETUP);
        return first;
    }

    /** An administrator adds a teacher. */
    @Transactional
    public TeacherInfo addTeacher(long adminId, String username, String displayName, String password, boolean administrator) {
        requireAdmin(adminId);
        return create(username, displayName, password, administrator);
    }

    @Transactional
    public void removeTeacher(long adminId, long teacherId) {
        requireAdmin(adminId);
        if (adminId == teacherId) {
            throw new IllegalArgumentException("you cannot remove your own account");
        }
        // a teacher who still owns classes cannot just vanish: their students' work would have no one to see it
        for (TeacherHoldings held : holdings) {
            int count = held.heldBy(teacherId);
            if (count > 0) {
                throw new TeacherStillHoldsException(held.reasonKey(), count);
            }
        }
        teachers.deleteById(teacherId);
    }

    @Transactional(readOnly = true)
    public List<TeacherInfo> teachers(long adminId) {
        requireAdmin(adminId);
        return teachers.findAllByOrderByUsername().stream().map(Teacher::info).toList();
    }

    /** Whether this teacher is an administrator now (a removed account is not). */
    @Transactional(readOnly = true)
    public boolean isAdministrator(long teacherId) {
        return teachers.findById(teacherId).map(Teacher::administrator).orElse(false);
    }

    /** The signed-in teacher behind a request, or AccessDeniedException. */
    @Transactional(readOnly = true)
    public TeacherInfo teacher(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("sign in");
        }
        return byUsername(principal.getName()).orElseThrow(() -> new AccessDeniedException("no such teacher"));
    }

    /** A teacher by id, while the account exists. */
    @Transactional(readOnly = true)
    public Optional<TeacherInfo> byId(long id) {
        return teachers.findById(id).map(Teacher::info);
    }

    @Transactional(readOnly = true)
    public Optional<TeacherInfo> byUsername(String username) {
        return teachers.findByUsername(username).map(Teacher::info);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Teacher t = teachers.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such teacher"));
        return User.withUsername(t.username()).password(t.passwordHash())
                .roles(t.administrator() ? new String[] {"TEACHER", "ADMIN"} : new String[] {"TEACHER"}).build();
    }

    /** The checks and the save behind every new account; TeacherSeeding uses it for accounts made without an administrator. */
    TeacherInfo create(String username, String displayName, String password, boolean administrator) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("username: 2 to 60 letters, digits, dots, dashes or underscores");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
            throw new IllegalArgumentException("name: 1 to 80 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD + " characters");
        }
        if (teachers.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("username taken");
        }
        return teachers.save(new Teacher(name, displayName.strip(), encoder.encode(password), administrator, clock.instant())).info();
    }

    private void requireAdmin(long adminId) {
        if (!teachers.findById(adminId).map(Teacher::administrator).orElse(false)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
