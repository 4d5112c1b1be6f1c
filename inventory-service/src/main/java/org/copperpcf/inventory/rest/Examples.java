package org.copperpcf.inventory.rest;

/** OpenAPI examples, taken from the default models (docs/methodology/inventories.md). */
final class Examples {
    static final String PROCESS = """
            {"key":"rod.cast-and-roll.cn","nameEn":"Copper wire rod, continuous cast-and-roll, China",\
            "nameZh":"铜杆，连铸连轧，中国","route":"rod_cast_roll","stage":"casting_rolling","geography":"CN",\
            "referencePeriod":{"start":"2024-01-01","end":"2025-01-01"},\
            "referenceProduct":{"product":"copper.rod","amount":"1","unit":"t","copperContent":"0.9995"},\
            "description":"Shaft furnace, caster, rolling mill, pickling and coiling.","dataset":"CN-2025.1",\
            "factorRelease":"CN-2025.1","exchanges":[\
            {"type":"product_input","product":"copper.cathode","amount":"1.003","unit":"t","copperContent":"0.9999",\
            "dataType":"secondary","pedigree":{"reliability":3,"completeness":3,"temporal":3,"geographical":2,\
            "technological":2},"uncertaintyGsd":"1.05","status":"derived",\
            "source":{"publisher":"BRIEF §5.2","document":"net metal loss 0.1-0.5 %"},"note":"1 / (1 - 0.003)"},\
            {"type":"factor_input","factorKey":"electricity.footprint.cn.2024","amount":"85","unit":"kWh",\
            "dataType":"secondary","pedigree":{"reliability":3,"completeness":3,"temporal":3,"geographical":2,\
            "technological":2},"uncertaintyGsd":"1.55","status":"recalled",\
            "source":{"publisher":"BRIEF §5.2","document":"rod electricity 50-120 kWh/t"}},\
            {"type":"internal_scrap","amount":"0.02","unit":"t","dataType":"secondary",\
            "pedigree":{"reliability":4,"completeness":4,"temporal":3,"geographical":3,"technological":3},\
            "uncertaintyGsd":"1.5","status":"estimated","source":{"publisher":"copper-pcf","document":"estimate"},\
            "note":"Rejects remelted in the shaft furnace; never recycled content."}]}""";

    static final String TEMPLATE = """
            {"key":"rod.cast-and-roll.cn","product":"copper.rod","nameEn":"Copper wire rod, cast-and-roll, \
            Chinese cathode mix","declaredUnit":{"amount":"1","unit":"kg"},"nodes":[\
            {"process":"rod.cast-and-roll.cn"},{"process":"cathode.pyro-flash.smelting-refining.cn"},\
            {"process":"concentrate.mining-beneficiation.cn"},{"process":"cathode.secondary.smelting-refining.cn"},\
            {"process":"scrap.post-consumer.collection-preparation.cn"}],"parameters":[\
            {"name":"cathodeRoute","kind":"provider_route","default":"primary_pyro_flash",\
            "allowed":["primary_pyro_flash","secondary"],"product":"copper.cathode"},\
            {"name":"secondaryCathodeShare","kind":"provider_share","default":"0.33","min":"0","max":"1",\
            "product":"copper.cathode","route":"secondary"},\
            {"name":"electricityProvince","kind":"electricity_region","default":"CN",\
            "nodes":["rod.cast-and-roll.cn","cathode.pyro-flash.smelting-refining.cn"]}]}""";

    static final String VERSION = """
            {"kind":"process","key":"rod.cast-and-roll.cn","version":2,"status":"published",\
            "contentHash":"sha256:5f0c3a6e1b9d4c2a8e7f6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d",\
            "createdAt":"2026-11-21T09:00:00Z","createdBy":"admin@example.cn","publishedAt":"2026-11-21T09:05:00Z",\
            "publishedBy":"admin@example.cn","warnings":[],"model":""" + PROCESS + "}";

    static final String SUMMARY = """
            {"kind":"process","key":"rod.cast-and-roll.cn","version":2,"status":"published",\
            "nameEn":"Copper wire rod, continuous cast-and-roll, China","nameZh":"铜杆，连铸连轧，中国",\
            "product":"copper.rod","route":"rod_cast_roll","stage":"casting_rolling","geography":"CN",\
            "dataset":"CN-2025.1","publishedAt":"2026-11-21T09:05:00Z",\
            "contentHash":"sha256:5f0c3a6e1b9d4c2a8e7f6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d"}""";

    static final String REPORT = """
            {"valid":false,"errors":[{"field":"exchanges[1].unit","rule":"UNIT",\
            "message":"t cannot be converted to kWh, the unit of factor electricity.footprint.cn.2024"},\
            {"field":"exchanges","rule":"MASS_BALANCE","message":"copper out (0.9995 t) is 9.1 % below copper in \
            (1.1 t); the tolerance for unassigned losses is 3 %: state the losses as co-products with their copper \
            content"}],"warnings":[{"field":"exchanges[1].amount","rule":"PLAUSIBILITY","message":"the factor_input \
            lines of electricity.* total 300 kWh per t of copper.rod, outside the plausible range 50-120 kWh (recalled; \
            BRIEF §5.2: rod caster, mill, pickling, coiler and auxiliaries 50-120 kWh/t)","range":{"min":"50",\
            "max":"120","unit":"kWh","status":"recalled","source":"BRIEF §5.2: rod caster, mill, pickling, coiler and \
            auxiliaries 50-120 kWh/t"}}]}""";

    static final String DIFF = """
            {"kind":"process","key":"rod.cast-and-roll.cn","from":1,"to":2,"changes":[\
            {"path":"exchanges[factor_input:electricity.footprint.cn.2024].amount","change":"changed","from":"80",\
            "to":"85"},{"path":"exchanges[factor_input:fuel.lpg.combustion.cn]","change":"removed","from":\
            {"type":"factor_input","factorKey":"fuel.lpg.combustion.cn","amount":"0.025","unit":"t"}}]}""";

    static final String GRAPH = """
            {"template":{"key":"rod.cast-and-roll.cn","version":1},"declaredUnit":{"amount":"1","unit":"kg"},\
            "parameters":{"cathodeRoute":"primary_pyro_flash","secondaryCathodeShare":"0.33",\
            "electricityProvince":"CN-YN"},"nodes":[{"process":"rod.cast-and-roll.cn","version":1,\
            "nameEn":"Copper wire rod, continuous cast-and-roll, China","stage":"casting_rolling",\
            "route":"rod_cast_roll","product":"copper.rod","activity":"0.001","unit":"t","electricityRegion":"CN-YN"},\
            {"process":"cathode.pyro-flash.smelting-refining.cn","version":1,"nameEn":"Copper cathode, flash \
            smelting","stage":"smelting","route":"primary_pyro_flash","product":"copper.cathode",\
            "activity":"0.00067201","unit":"t","electricityRegion":"CN-YN"}],"edges":[\
            {"from":"cathode.pyro-flash.smelting-refining.cn","to":"rod.cast-and-roll.cn","product":"copper.cathode",\
            "share":"0.67","amountPerUnit":"0.67201","amount":"0.00067201","unit":"t"}]}""";

    static final String DOCUMENT = """
            {"formatVersion":1,"dataset":"CN-2025.1","factorRelease":"CN-2025.1","processes":[""" + PROCESS
            + "],\"templates\":[" + TEMPLATE + "]}";

    static final String IMPORT_REPORT = """
            {"created":[{"kind":"process","key":"rod.cast-and-roll.cn","version":2,"status":"published"}],\
            "unchanged":[{"kind":"template","key":"rod.cast-and-roll.cn","version":1,"status":"published"}],\
            "warnings":[],"errors":[]}""";

    private Examples() {
    }
}
