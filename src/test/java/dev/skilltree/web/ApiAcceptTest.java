package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the API's handlers see of a client's Accept header: any type at the lowest weight, whatever it listed. */
class ApiAcceptTest {

    @Test
    void aClientThatListsOnlyHtmlAlsoTakesAnyTypeAtTheLowestWeight() throws Exception {
        HttpServletRequest seen = filter("text/html");

        assertThat(seen.getHeader("Accept")).isEqualTo("text/html, */*;q=0.01");
        assertThat(seen.getHeader("accept")).isEqualTo("text/html, */*;q=0.01");
        assertThat(Collections.list(seen.getHeaders("Accept"))).containsExactly("text/html, */*;q=0.01");
        assertThat(seen.getHeader("X-Other")).isEqualTo("kept");
    }

    @Test
    void aClientThatTakesAnyTypeOrSaysNothingIsLeftAsItIs() throws Exception {
        assertThat(filter("text/html,*/*;q=0.8").getHeader("Accept")).isEqualTo("text/html,*/*;q=0.8");
        assertThat(filter(null).getHeader("Accept")).isNull();
    }

    private static HttpServletRequest filter(String accept) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/roadmaps");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        request.addHeader("X-Other", "kept");
        MockFilterChain chain = new MockFilterChain();
        new ApiAccept().doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }
}
