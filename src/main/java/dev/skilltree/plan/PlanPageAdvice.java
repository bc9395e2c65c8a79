package dev.skilltree.plan;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.PageAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A plan page asked for a plan or roadmap that is not there. */
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
}
