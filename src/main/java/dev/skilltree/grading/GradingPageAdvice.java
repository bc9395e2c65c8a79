package dev.skilltree.grading;

import dev.skilltree.grading.submission.SubmissionNotFound;
import dev.skilltree.web.PageAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Unknown challenges and submissions on the pages: the error page with a 404, never a stack trace. */
@ControllerAdvice(assignableTypes = {ChallengePages.class, ChallengeAdminPages.class})
class GradingPageAdvice {

    private final PageAdvice pages;

    GradingPageAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler({ChallengeNotFound.class, SubmissionNotFound.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.NOT_FOUND, e.getMessage());
    }
}
