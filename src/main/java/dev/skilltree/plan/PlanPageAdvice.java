package dev.skilltree.plan;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.PageAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A plan page asked for a plan or roadmap that is not there, or one the roadmap no longer fits. */
@ControllerAdvice(assignableTypes = PlanPages.class)
class PlanPageAdvice {

    private final PageAdvice pages;

    PlanPageAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler({PlanNotFound.class, RoadmapNotFound.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A stored plan the roadmap no longer fits (a track or goal removed by a re-import). */
    @ExceptionHandler(InvalidPlan.class)
    ModelAndView invalid(InvalidPlan e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
}
