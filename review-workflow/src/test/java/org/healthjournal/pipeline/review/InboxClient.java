package org.healthjournal.pipeline.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.review.tasks.TaskSummary;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reviewer reading their inbox over the API (password = user name in the test profile). */
public record InboxClient(MockMvc mvc, ObjectMapper json) {

    public List<TaskSummary> of(String user) throws Exception {
        String body = mvc.perform(get("/api/tasks").with(httpBasic(user, user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readValue(body, new TypeReference<>() {
        });
    }

    public List<TaskSummary> of(String user, String articleId) throws Exception {
        return of(user).stream().filter(task -> task.articleId().equals(articleId)).toList();
    }
}
