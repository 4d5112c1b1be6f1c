package org.copperpcf.certification.report;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.service.FootprintReplicaService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Renders the study report of a replicated footprint version. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StudyReportService {

    public Optional<byte[]> render(UUID footprintId, int version) {
        return ReplicatedFootprintVersion.<ReplicatedFootprintVersion>find("footprintId = ?1 and version = ?2",
                        footprintId, version).firstResultOptional()
                .map(replica -> StudyReportPdf.render(FootprintReplicaService.content(replica), Instant.now()));
    }
}
