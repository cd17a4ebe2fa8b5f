package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.store.BundledData;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.DatasetQueries;
import org.counterweight.store.ImportResult;
import org.counterweight.store.KnowledgeBase;

/** An open knowledge base with the bundled data loaded, and actor lookup for commands. */
final class Workbench implements AutoCloseable {
    private final org.counterweight.app.Workbench app;
    private final KnowledgeBase store;
    private final org.counterweight.store.StoreSession session;
    private ActorDirectory directory;

    private Workbench(org.counterweight.app.Workbench app) {
        this.app = app;
        this.store = app.store();
        this.session = store.openSession();
    }

    /** Opens the store, loading bundled data it lacks (and saying so on {@code err}). */
    static Workbench open(StoreOptions options, PrintWriter err) {
        org.counterweight.app.Workbench app = org.counterweight.app.Workbench.open(options.path());
        if (app.loadedOnOpen() > 0) {
            err.println("Loaded " + app.loadedOnOpen() + " bundled dataset(s) and case(s) into " + options.path());
            err.flush();
        }
        return new Workbench(app);
    }

    org.counterweight.app.Workbench app() {
        return app;
    }

    KnowledgeBase store() {
        return store;
    }

    org.counterweight.store.StoreSession session() {
        return session;
    }

    CaseQueries cases() {
        return new CaseQueries(session);
    }

    DatasetQueries datasets() {
        return new DatasetQueries(session);
    }

    ActorDirectory directory() {
        if (directory == null) {
            directory = new ActorDirectory(cases().actors(null), datasets().countryCodes());
        }
        return directory;
    }

    /** Resolves an actor reference given for {@code option}, or fails with exit code 2. */
    Actor actor(String text, String option) {
        return directory().resolve(text).orElseThrow(() -> new UserInputException("unknown actor '" + text + "' for "
                + option + ": give an ISO3 code (PAK), a COW code (770), a name or alias; see `counterweight actors`"));
    }

    /** Resolves a state and returns its COW code, or fails with exit code 2. */
    int cowCode(String text, String option) {
        Actor actor = actor(text, option);
        if (actor.cowCode() == null) {
            throw new UserInputException(option + " " + text + " resolves to " + actor.id() + " (" + actor.name()
                    + "), which has no COW state code");
        }
        return actor.cowCode();
    }

    @Override
    public void close() {
        session.close();
        app.close();
    }
}
