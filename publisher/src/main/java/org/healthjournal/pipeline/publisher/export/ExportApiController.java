package org.healthjournal.pipeline.publisher.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The full rebuild of the static export, for editors (after a template or profile change, say). */
@RestController
class ExportApiController {

    private final StaticExport export;

    ExportApiController(StaticExport export) {
        this.export = export;
    }

    /** Whether the export has caught up with the publications, for staff and tools (the benchmark). */
    @GetMapping("/api/export")
    ExportStatus status() {
        return export.status();
    }

    @PostMapping("/api/export/rebuild")
    @PreAuthorize("hasRole('EDITOR')")
    Map<String, Object> rebuild() {
        if (!export.enabled()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "No export directory is configured (pipeline.publisher.export.dir).");
            problem.setTitle("Static export is off");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        return Map.of("files", export.rebuild());
    }
}
