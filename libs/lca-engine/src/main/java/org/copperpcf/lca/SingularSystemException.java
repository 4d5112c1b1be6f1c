package org.copperpcf.lca;

import java.util.List;

/**
 * The product system has no unique solution, e.g. a loop that consumes as much of a product as it makes.
 *
 * @see #process() the process where elimination failed
 * @see #loop() the processes of its supply loop (just that process when it is in none)
 */
public final class SingularSystemException extends RuntimeException {
    private final String process;
    private final String product;
    private final List<String> loop;

    SingularSystemException(String process, String product, List<String> loop) {
        super(loop.size() == 1
                ? "singular system: process '" + process + "' makes no net output of its reference product '"
                        + product + "' (it consumes as much as it makes)"
                : "singular system: the supply loop " + loop + " has no unique solution (it consumes as much as it"
                        + " makes); elimination failed at process '" + process + "', product '" + product + "'");
        this.process = process;
        this.product = product;
        this.loop = List.copyOf(loop);
    }

    public String process() {
        return process;
    }

    public String product() {
        return product;
    }

    public List<String> loop() {
        return loop;
    }
}
