package io.factoreally.examples.users;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A tiny piece of application logic for the examples to test with realistic users: how a user is
 * greeted, which newsletter segment they fall into and how long their last session was.
 */
public final class UserService {

    /** Segments of the newsletter, most valuable first. */
    public enum Segment { VIP, AT_RISK, TRIAL, REGULAR, INACTIVE }

    private final LocalDate today;

    /** @param today the day "now" means, so that results do not depend on the clock */
    public UserService(LocalDate today) {
        this.today = today;
    }

    /** The name to greet a user with: the nickname when set, else the part of the e-mail before {@code @}. */
    public String displayName(User user) {
        if (user.nickname() != null && !user.nickname().isBlank()) {
            return user.nickname();
        }
        String email = user.email();
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    /** The newsletter segment: inactive users first, then tags decide. */
    public Segment segment(User user) {
        if (!user.isActive()) {
            return Segment.INACTIVE;
        }
        if (user.tags().contains("vip")) {
            return Segment.VIP;
        }
        if (user.tags().contains("churn-risk") || user.score() < 20) {
            return Segment.AT_RISK;
        }
        if (user.tags().contains("trial")) {
            return Segment.TRIAL;
        }
        return Segment.REGULAR;
    }

    /** Whole days since sign-up (0 on the day itself, never negative). */
    public long daysSinceSignup(User user) {
        return Math.max(0, ChronoUnit.DAYS.between(user.signupDate(), today));
    }

    /** The last session's length, parsed from {@code HH:MM:SS}. */
    public Duration lastSession(User user) {
        String[] parts = user.sessionLength().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("session_length is not HH:MM:SS: " + user.sessionLength());
        }
        return Duration.ofHours(Long.parseLong(parts[0]))
                .plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(parts[2]));
    }

    /** A greeting line in the user's language where we know it (by country), else English. */
    public String greeting(User user) {
        String name = displayName(user);
        return switch (user.country().toUpperCase(Locale.ROOT)) {
            case "DE" -> "Hallo " + name + "!";
            case "FR" -> "Bonjour " + name + " !";
            case "BR" -> "Olá " + name + "!";
            default -> "Hello " + name + "!";
        };
    }
}
