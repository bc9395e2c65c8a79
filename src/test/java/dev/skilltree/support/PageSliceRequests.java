package dev.skilltree.support;

import java.util.Map;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What a {@link PageSlice} test works with: {@link ApiSliceRequests}' and forms posted as a page or by htmx. */
public abstract class PageSliceRequests extends ApiSliceRequests {

    /** A POST of a form, as htmx sends it ({@code HX-Request}) when {@code htmx} and as a browser does otherwise. */
    protected MvcTestResult post(long learner, String path, Map<String, String> form, boolean htmx) {
        var request = mvc.post().uri(path).with(SignedIn.learner(learner));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        form.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    protected static String html(MvcTestResult response) {
        return body(response);
    }
}
