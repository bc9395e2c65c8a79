package dev.skilltree.progress;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.PageAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Unknown roadmaps, topics and learners on the pages: the error page with a 404, never a stack trace. */
@ControllerAdvice(assignableTypes = {RoadmapPages.class, NodePages.class, DashboardPages.class})
class ProgressPageAdvice {

    private final PageAdvice pages;

    ProgressPageAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler({RoadmapNotFound.class, NodeNotFound.class, LearnerAccess.LearnerNotFound.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidProgress.class)
    ModelAndView invalid(InvalidProgress e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
}
