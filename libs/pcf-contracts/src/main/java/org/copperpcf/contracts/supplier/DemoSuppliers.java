package org.copperpcf.contracts.supplier;

import java.util.List;
import java.util.UUID;

/**
 * The fixed identities of the three demo suppliers supplier-service seeds on first start when
 * {@code supplier.demo.enabled=true} (the local stack turns it on): a smelter selling cathode, a rod mill and a tube
 * mill buying it. Other services and tests may refer to them by these ids; their content is described in
 * {@code docs/api/suppliers.md}. The USCCs carry a valid GB 32100-2015 check character but are invented
 * ({@code MA3DEM…}).
 */
public final class DemoSuppliers {
    /** Jiangxi Demo Copper Smelting Co., Ltd.: flash smelting to cathode in CN-JX. */
    public static final UUID SMELTER = UUID.fromString("5e1f0c2a-0001-4c3e-9a10-000000000001");
    /** Jiangsu Demo Wire Rod Co., Ltd.: continuous cast-and-roll rod in CN-JS. */
    public static final UUID ROD_MILL = UUID.fromString("5e1f0c2a-0002-4c3e-9a10-000000000002");
    /** Zhejiang Demo Copper Tube Co., Ltd.: cast-and-roll tube in CN-ZJ. */
    public static final UUID TUBE_MILL = UUID.fromString("5e1f0c2a-0003-4c3e-9a10-000000000003");

    public static final UUID SMELTER_FACILITY = UUID.fromString("5e1f0c2a-0001-4c3e-9a10-0000000000f1");
    public static final UUID ROD_MILL_FACILITY = UUID.fromString("5e1f0c2a-0002-4c3e-9a10-0000000000f2");
    public static final UUID TUBE_MILL_FACILITY = UUID.fromString("5e1f0c2a-0003-4c3e-9a10-0000000000f3");

    public static final String SMELTER_USCC = "91360681MA3DEM0018";
    public static final String ROD_MILL_USCC = "91320581MA3DEM002M";
    public static final String TUBE_MILL_USCC = "91330681MA3DEM0032";

    /** Who accepts the demo disclosures (their {@code reviewedBy}). */
    public static final String REVIEWER = "demo-seed";

    public static final List<UUID> ALL = List.of(SMELTER, ROD_MILL, TUBE_MILL);

    private DemoSuppliers() {
    }
}
