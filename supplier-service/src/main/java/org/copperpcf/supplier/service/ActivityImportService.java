package org.copperpcf.supplier.service;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.kit.imports.SpreadsheetTable;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.imports.ActivityTable;
import org.copperpcf.supplier.rest.DisclosureRequest;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Bulk activity data from a CSV or XLSX file: every row is checked first and every problem reported by row and
 * column; only a file without problems is stored, all of it in one transaction (all or nothing).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ActivityImportService {
    private static final int MAX_REPORTED = 1000;

    private final DisclosureService disclosures;

    public ActivityImportService(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    /** What an import stored. */
    public record Imported(int rows, List<Disclosure> disclosures) {
    }

    public Imported importFile(UUID supplierId, byte[] content, boolean submit, String author) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        String type = FileTypes.sniff(content == null ? new byte[0] : content).orElse("");
        SpreadsheetTable.Format format = switch (type) {
            case FileTypes.CSV -> SpreadsheetTable.Format.CSV;
            case FileTypes.XLSX -> SpreadsheetTable.Format.XLSX;
            default -> throw new ProblemException(415, "UNSUPPORTED_IMPORT_TYPE", "Unsupported import type",
                    "an activity import is a CSV (UTF-8) or XLSX file; the type is read from the content");
        };
        List<Violation> problems = new ArrayList<>();
        ActivityTable.Grouping grouping = new ActivityTable.Grouping(problems);
        List<Violation> fileProblems = ActivityTable.TABLE.read(new ByteArrayInputStream(content), format, grouping);
        if (!fileProblems.isEmpty()) {
            throw ProblemException.invalid(fileProblems);
        }
        if (grouping.rows() == 0) {
            throw ProblemException.invalid("file", "has no data rows");
        }
        List<DisclosureRequest> requests = new ArrayList<>();
        for (ActivityTable.Group group : grouping.groups()) {
            DisclosureRequest request = group.request(problems);
            requests.add(request);
            Set<String> reported = new HashSet<>();
            problems.forEach(problem -> reported.add(problem.field()));
            for (Violation violation : disclosures.violations(supplierId, request)) {
                Violation atRow = group.toRow(violation);
                if (reported.add(atRow.field())) {
                    problems.add(atRow);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(capped(problems));
        }
        List<Disclosure> created = new ArrayList<>();
        for (DisclosureRequest request : requests) {
            Disclosure disclosure = disclosures.create(supplierId, request, author);
            created.add(submit ? disclosures.submit(supplierId, disclosure.id) : disclosure);
        }
        Log.infof("Imported %d rows as %d disclosures for supplier %s", grouping.rows(), created.size(), supplierId);
        return new Imported(grouping.rows(), created);
    }

    private static List<Violation> capped(List<Violation> problems) {
        if (problems.size() <= MAX_REPORTED) {
            return problems;
        }
        List<Violation> first = new ArrayList<>(problems.subList(0, MAX_REPORTED));
        first.add(new Violation("file", (problems.size() - MAX_REPORTED) + " more problems not listed"));
        return first;
    }
}
