package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Passwords;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Accounts from the command line: the first admin, listing, disabling, password resets and roles per radar. */
@Command(name = "users", description = "Manage accounts: add, list, disable, enable, reset, grant.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.Enable.class, UsersCommand.Reset.class, UsersCommand.Grant.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs one change on the account repository, with bad input (a taken name, a weak password) as exit code 2. */
    static <T> T withAccounts(DatabaseOptions db, Function<AccountRepository, T> work) {
        try (Database database = db.open()) {
            return work.apply(new AccountRepository(database.jdbi(), db.clock()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The password: typed at a prompt (not echoed) on a terminal, else the first line of standard input; never an argument. */
    static String password(CommandSpec spec) {
        String password;
        var console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("password for the account: ");
            char[] again = console.readPassword("the same password again: ");
            if (typed == null || again == null || !new String(typed).equals(new String(again))) throw new BadInputException("the passwords differ");
            password = new String(typed);
        } else {
            try {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (password == null) throw new BadInputException("give the password on standard input (one line)");
        }
        try {
            Passwords.checkStrength(password);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return password;
    }

    @Command(name = "add", description = "Add an account; the password comes from a prompt or standard input.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--admin", description = "make the account a site administrator")
        boolean admin;
        @Option(names = "--role", description = "viewer, contributor, curator or admin on every radar (or --radar)")
        String role;
        @Option(names = "--radar", description = "the radar the role applies to (default: every radar)")
        String radar;

        @Override
        public Integer call() {
            Role r = role == null ? null : Role.of(role);
            String password = password(spec);
            withAccounts(db, repo -> {
                repo.add(Actor.commandLine(), name, password, admin);
                if (r != null) repo.grant(Actor.commandLine(), name, radar == null ? Account.EVERY_RADAR : radar, r);
                return null;
            });
            spec.commandLine().getOut().println("added " + (admin ? "site administrator " : "account ") + name);
            return 0;
        }
    }

    @Command(name = "list", description = "List the accounts with their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            List<Listed> rows = withAccounts(db, repo -> repo.all().stream().map(Listed::of).toList());
            RowPrinter.print(output, spec, rows, List.of(column("name", Listed::name), column("site_admin", Listed::siteAdmin),
                    column("disabled", Listed::disabled), column("roles", Listed::roles)));
            return 0;
        }

        /** An account as listed: its roles in one line such as "every radar: viewer, mlops: curator". */
        @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
        record Listed(String name, boolean siteAdmin, boolean disabled, String roles) {
            static Listed of(Account a) {
                var roles = new StringJoiner(", ");
                a.roleIds().forEach((radar, role) -> roles.add((radar.equals(Account.EVERY_RADAR) ? "every radar" : radar) + ": " + role));
                return new Listed(a.name(), a.siteAdmin(), a.disabled(), roles.toString());
            }
        }
    }

    /** Turns an account off (it can no longer sign in and its sessions end) or on again. */
    abstract static class Switch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Parameters(paramLabel = "NAME")
        String name;
        private final boolean disable;

        Switch(boolean disable) {
            this.disable = disable;
        }

        @Override
        public Integer call() {
            withAccounts(db, repo -> {
                repo.setDisabled(Actor.commandLine(), name, disable);
                return null;
            });
            spec.commandLine().getOut().println((disable ? "disabled " : "enabled ") + name);
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable an account: it can no longer sign in and its sessions end.")
    static final class Disable extends Switch {
        Disable() {
            super(true);
        }
    }

    @Command(name = "enable", description = "Enable a disabled account again.")
    static final class Enable extends Switch {
        Enable() {
            super(false);
        }
    }

    @Command(name = "reset", description = "Set a new password; it comes from a prompt or standard input.")
    static final class Reset implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String password = password(spec);
            withAccounts(db, repo -> {
                repo.resetPassword(Actor.commandLine(), name, password);
                return null;
            });
            spec.commandLine().getOut().println("set a new password for " + name);
            return 0;
        }
    }

    @Command(name = "grant", description = "Give an account a role on one radar (--radar) or on every radar.")
    static final class Grant implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, contributor, curator or admin")
        String role;
        @Option(names = "--radar", description = "the radar (default: every radar)")
        String radar;

        @Override
        public Integer call() {
            Role r = Role.of(role);
            withAccounts(db, repo -> {
                repo.grant(Actor.commandLine(), name, radar == null ? Account.EVERY_RADAR : radar, r);
                return null;
            });
            spec.commandLine().getOut().println(name + " is now " + r.id() + " on " + (radar == null ? "every radar" : "radar '" + radar + "'"));
            return 0;
        }
    }
}
