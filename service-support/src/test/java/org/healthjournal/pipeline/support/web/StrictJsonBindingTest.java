package org.healthjournal.pipeline.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StrictJsonBindingTest {

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        new StrictJsonBinding().customize(builder);
        ObjectMapper mapper = builder.build();
        return MockMvcBuilders.standaloneSetup(new StrictBindingController())
                .setControllerAdvice(new ProblemDetailsAdvice())
                .setMessageConverters(new MappingJackson2HttpMessageConverter(mapper))
                .build();
    }

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/strict-binding").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void refused(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message))
                .andExpect(content().string(not(containsString("java"))))
                .andExpect(content().string(not(containsString("Cannot"))));
    }

    @Test
    void wellTypedJsonIsBoundAsWritten() throws Exception {
        send("{\"title\":\"T\",\"decision\":\"REJECT\",\"urgent\":true,\"references\":[{\"title\":\"R\",\"year\":2024}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("REJECT"))
                .andExpect(jsonPath("$.references[0].year").value(2024));
    }

    @Test
    void aNumberIsNotTakenForText() throws Exception {
        refused(send("{\"title\":123}"), "title", "must be text");
    }

    @Test
    void aBooleanIsNotTakenForText() throws Exception {
        refused(send("{\"title\":true}"), "title", "must be text");
    }

    @Test
    void anEnumOrdinalIsRefusedWithTheAllowedNames() throws Exception {
        refused(send("{\"decision\":0}"), "decision", "must be one of APPROVE, REQUEST_CHANGES, REJECT");
    }

    @Test
    void anOrdinalWrittenAsTextIsRefusedToo() throws Exception {
        refused(send("{\"decision\":\"0\"}"), "decision", "must be one of APPROVE, REQUEST_CHANGES, REJECT");
    }

    @Test
    void anUnknownEnumNameIsRefusedWithTheAllowedNames() throws Exception {
        refused(send("{\"decision\":\"MAYBE\"}"), "decision", "must be one of APPROVE, REQUEST_CHANGES, REJECT");
    }

    @Test
    void aNumberIsNotTakenForABoolean() throws Exception {
        refused(send("{\"urgent\":1}"), "urgent", "must be true or false");
    }

    @Test
    void textIsNotTakenForABoolean() throws Exception {
        refused(send("{\"urgent\":\"true\"}"), "urgent", "must be true or false");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() throws Exception {
        refused(send("{\"references\":[{\"title\":\"R\",\"year\":\"2024\"}]}"), "references[0].year",
                "must be a whole number");
    }

    @Test
    void aFractionIsNotTakenForAWholeNumber() throws Exception {
        refused(send("{\"references\":[{\"title\":\"R\",\"year\":2024.5}]}"), "references[0].year",
                "must be a whole number");
    }

    @Test
    void anObjectWhereAListBelongsIsNamed() throws Exception {
        refused(send("{\"references\":{\"title\":\"R\"}}"), "references", "must be a list");
    }
}
