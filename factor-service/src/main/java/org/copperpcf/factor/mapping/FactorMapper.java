package org.copperpcf.factor.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.factor.Factor;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.model.Coded;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.factor.rest.FactorView;
import org.copperpcf.factor.rest.ReleaseView;
import org.copperpcf.factor.service.GwpCatalog;
import org.copperpcf.kit.units.ActivityUnits;

import jakarta.enterprise.context.ApplicationScoped;

/** Factor entity ↔ API records ↔ event payload. */
@ApplicationScoped
public class FactorMapper {
    private final GwpCatalog gwp;

    public FactorMapper(GwpCatalog gwp) {
        this.gwp = gwp;
    }

    /** Writes a validated input onto {@code factor} (new or a draft's existing one). */
    public void apply(FactorInput input, Factor factor) {
        factor.key = input.key();
        factor.nameEn = input.nameEn();
        factor.nameZh = input.nameZh();
        factor.category = input.category();
        factor.activityUnit = ActivityUnits.canonical(input.activityUnit());
        factor.co2ePerUnit = input.co2ePerUnit();
        factor.gases.clear();
        if (input.gases() != null) {
            input.gases().forEach((gas, amount) -> factor.gases.put(Coded.parse(Gas.class, gas).orElseThrow(), amount));
        }
        factor.gasBasis = input.gasBasis();
        factor.geography = input.geography();
        factor.gridRegion = input.gridRegion();
        factor.referenceYear = input.referenceYear();
        factor.validFrom = input.validFrom();
        factor.validTo = input.validTo();
        factor.boundary = input.boundary();
        factor.method = input.method();
        factor.sourcePublisher = input.source().publisher();
        factor.sourceDocument = input.source().document();
        factor.sourcePublicationDate = input.source().publicationDate();
        factor.sourceUrl = input.source().url();
        factor.status = input.status();
        FactorInput.DataQuality dq = input.dataQuality();
        factor.dqReliability = dq == null ? null : dq.reliability();
        factor.dqCompleteness = dq == null ? null : dq.completeness();
        factor.dqTemporal = dq == null ? null : dq.temporal();
        factor.dqGeographical = dq == null ? null : dq.geographical();
        factor.dqTechnological = dq == null ? null : dq.technological();
        factor.uncertaintyGsd = input.uncertaintyGsd();
        factor.licence = input.licence();
        factor.redistributable = input.redistributable();
        factor.note = input.note();
    }

    public FactorView toView(Factor factor, String releaseName, String gwpSet) {
        return new FactorView(releaseName, factor.key, factor.nameEn, factor.nameZh, factor.category.code(),
                factor.activityUnit, factor.gasBasis.code(), gasCodes(factor.gases), gwp.co2e(factor, gwpSet),
                gwpSet, factor.geography, factor.gridRegion, factor.referenceYear, factor.validFrom, factor.validTo,
                factor.boundary.code(), factor.method.code(), source(factor), factor.status.code(), dataQuality(factor),
                factor.uncertaintyGsd, factor.licence, factor.redistributable, factor.note);
    }

    /** The same factor as input, e.g. for a draft copied from a published release. */
    public FactorInput toInput(Factor factor) {
        return new FactorInput(factor.key, factor.nameEn, factor.nameZh, factor.category, factor.activityUnit,
                factor.co2ePerUnit, factor.gases.isEmpty() ? null : gasCodes(factor.gases), factor.gasBasis,
                factor.geography, factor.gridRegion, factor.referenceYear, factor.validFrom, factor.validTo,
                factor.boundary, factor.method, source(factor), factor.status, dataQuality(factor),
                factor.uncertaintyGsd, factor.licence, factor.redistributable, factor.note);
    }

    public ReleaseView toView(FactorRelease release, long factorCount) {
        return new ReleaseView(release.id, release.name, release.status.code(), release.description, release.basedOn,
                release.createdAt, release.publishedAt, release.version, factorCount);
    }

    public FactorReleasePublished toEvent(FactorRelease release, List<Factor> factors) {
        List<ReleasedFactor> released = factors.stream().map(this::toEvent).toList();
        List<FactorReleasePublished.GwpSet> sets = gwp.sets().entrySet().stream()
                .map(set -> new FactorReleasePublished.GwpSet(set.getKey(), gasCodes(set.getValue()))).toList();
        return new FactorReleasePublished(release.id, release.name, release.version, release.publishedAt, released,
                release.description, sets);
    }

    private ReleasedFactor toEvent(Factor f) {
        return new ReleasedFactor(f.key, f.nameEn, f.activityUnit, gwp.co2e(f, GwpCatalog.DEFAULT_SET),
                new FactorSource(f.sourcePublisher, f.sourceDocument, f.sourceUrl, f.sourcePublicationDate),
                f.nameZh, f.category.code(), f.gasBasis.code(), f.gases.isEmpty() ? null : gasCodes(f.gases),
                f.geography, f.gridRegion, f.referenceYear, f.validFrom, f.validTo, f.boundary.code(),
                f.method.code(), f.status.code(), new ReleasedFactor.DataQuality(f.dqReliability, f.dqCompleteness,
                f.dqTemporal, f.dqGeographical, f.dqTechnological), f.uncertaintyGsd, f.licence, f.redistributable);
    }

    private static FactorInput.Source source(Factor f) {
        return new FactorInput.Source(f.sourcePublisher, f.sourceDocument, f.sourcePublicationDate, f.sourceUrl);
    }

    private static FactorInput.DataQuality dataQuality(Factor f) {
        if (f.dqReliability == null && f.dqCompleteness == null && f.dqTemporal == null && f.dqGeographical == null
                && f.dqTechnological == null) {
            return null;
        }
        return new FactorInput.DataQuality(f.dqReliability, f.dqCompleteness, f.dqTemporal, f.dqGeographical,
                f.dqTechnological);
    }

    private static Map<String, BigDecimal> gasCodes(Map<Gas, BigDecimal> byGas) {
        Map<String, BigDecimal> codes = new TreeMap<>();
        byGas.forEach((gas, value) -> codes.put(gas.code(), value));
        return codes;
    }
}
