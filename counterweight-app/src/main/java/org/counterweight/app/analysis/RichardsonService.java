package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.dynamics.RichardsonModel;

/**
 * Richardson's two-actor arms race dx/dt = k y - a x + g, dy/dt = l x - b y + h (Richardson 1960, Arms
 * and Insecurity): the equilibrium, the stability verdict (stable iff a b &gt; k l) and the closed-form
 * trajectory year by year ({@link RichardsonModel}). Needs no knowledge base.
 */
public final class RichardsonService {
    public RichardsonResult run(RichardsonRequest request) {
        List<RichardsonResult.Point> trajectory = new ArrayList<>();
        for (int t = 0; t <= request.years(); t++) {
            double[] z = request.model().stateAt(t, request.x0(), request.y0());
            trajectory.add(new RichardsonResult.Point(t, z[0], z[1]));
        }
        return new RichardsonResult(request.model(), request.x0(), request.y0(), trajectory);
    }
}
