package org.copperpcf.factor.mapping;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.ReleaseFactor;
import org.copperpcf.factor.rest.FactorReleaseView;
import org.copperpcf.factor.rest.PublishReleaseRequest;

import jakarta.enterprise.context.ApplicationScoped;

/** Entity ↔ API record ↔ event payload. */
@ApplicationScoped
public class FactorReleaseMapper {

    public ReleaseFactor toEntity(FactorRelease release, PublishReleaseRequest.Factor input) {
        ReleaseFactor factor = new ReleaseFactor();
        factor.release = release;
        factor.key = input.key();
        factor.name = input.name();
        factor.unit = input.unit();
        factor.co2ePerUnit = input.co2ePerUnit();
        factor.sourcePublisher = input.source().publisher();
        factor.sourceDocument = input.source().document();
        factor.sourceUrl = input.source().url();
        return factor;
    }

    public FactorReleaseView toView(FactorRelease release) {
        return new FactorReleaseView(release.id, release.name, release.version, release.publishedAt,
                release.factors.stream().map(f -> new FactorReleaseView.Factor(f.key, f.name, f.unit, f.co2ePerUnit,
                        new FactorReleaseView.Source(f.sourcePublisher, f.sourceDocument, f.sourceUrl))).toList());
    }

    public FactorReleasePublished toEvent(FactorRelease release) {
        return new FactorReleasePublished(release.id, release.name, release.version, release.publishedAt,
                release.factors.stream().map(f -> new ReleasedFactor(f.key, f.name, f.unit, f.co2ePerUnit,
                        new FactorSource(f.sourcePublisher, f.sourceDocument, f.sourceUrl))).toList());
    }
}
