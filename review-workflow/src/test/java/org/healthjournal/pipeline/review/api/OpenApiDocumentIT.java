package org.healthjournal.pipeline.review.api;

import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.junit.jupiter.api.Test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tools written against the task API read its OpenAPI document from the service itself. */
class OpenApiDocumentIT extends ReviewWorkflowTestBase {

    @Test
    void staffReadTheOpenApiDocumentOfTheTaskAndReviewApi() throws Exception {
        var document = mvc.perform(get("/v3/api-docs").with(httpBasic("drbob", "drbob")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
        for (String path : new String[] {"/api/tasks", "/api/tasks/{taskId}", "/api/tasks/{taskId}/claim",
                "/api/tasks/{taskId}/unclaim", "/api/tasks/{taskId}/decision", "/api/reviews/{articleId}"}) {
            document.andExpect(jsonPath("$.paths['" + path + "']").exists());
        }
    }

    @Test
    void theDocumentIsNotPublic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
