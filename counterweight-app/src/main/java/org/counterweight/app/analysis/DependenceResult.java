package org.counterweight.app.analysis;

import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;

/**
 * Arms dependence over windows.
 *
 * @param actor      the recipient or supplier
 * @param record     which SIPRI release holds the actor's record in each year of the windows
 * @param window     the window length in years
 * @param top        how many partners of each window to list
 * @param dependence the windows with their partner shares and Herfindahl-Hirschman index, and the
 *                   switches of the largest partner
 */
public record DependenceResult(Actor actor, ArmsRecord record, int window, int top,
        ArmsDependence.Result dependence) {
    public boolean imports() {
        return dependence.direction() == PartnerShares.Direction.IMPORTS;
    }
}
