package org.counterweight.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "actors", description = "States and organisations with their codes and aliases.")
final class ActorsCommand extends StoreCommand {
    /** Alias kinds with a column of their own. */
    private static final Set<AliasKind> SHOWN_APART = EnumSet.of(AliasKind.METONYM, AliasKind.ADJECTIVE, AliasKind.PERSON);

    @Option(names = "--all", description = "Also list every state of the country-code crosswalk, not only the cases' actors.")
    boolean all;

    @Option(names = "--resolve", paramLabel = "TEXT",
            description = "Show which actor(s) a name, code, metonym, person or compound refers to (\"New Delhi\", \"Modi\", \"Sino-Pak\", 770).")
    String resolve;

    @Override
    List<ResultTable> run(Workbench workbench) {
        ResultTable table = new ResultTable(null, "id", "kind", "name", "cow", "gw", "cameo", "metonyms", "adjectives",
                "other_aliases", "people");
        List<Actor> actors;
        if (resolve != null) {
            actors = workbench.directory().resolveCompound(resolve);
            if (actors.isEmpty()) {
                throw new UserInputException("no actor is known as '" + resolve + "'");
            }
            table.note("'" + resolve + "' refers to " + actors.stream().map(Actor::id).collect(Collectors.joining(" and ")));
        } else if (all) {
            actors = List.copyOf(workbench.directory().all());
        } else {
            actors = workbench.cases().actors(null);
        }
        for (Actor actor : actors) {
            table.add(actor.id(), Labels.label(actor.kind()), actor.name(), actor.cowCode(), actor.gwCode(),
                    actor.cameoCode(), String.join("; ", actor.aliases(AliasKind.METONYM)),
                    String.join("; ", actor.aliases(AliasKind.ADJECTIVE)),
                    actor.aliases().stream().filter(a -> !SHOWN_APART.contains(a.kind()))
                            .map(a -> a.text()).collect(Collectors.joining("; ")),
                    String.join("; ", actor.aliases(AliasKind.PERSON)));
        }
        return List.of(table);
    }
}
