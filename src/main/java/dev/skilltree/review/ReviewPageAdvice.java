package dev.skilltree.review;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.PageAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The review pages' errors as error pages (or, for htmx, their message) with the right status. */
@ControllerAdvice(assignableTypes = ReviewPages.class)
class ReviewPageAdvice {

    private final PageAdvice pages;

    ReviewPageAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler({CardNotInDeck.class, RoadmapNotFound.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({NothingToUndo.class, ReviewConflict.class})
    ModelAndView conflict(RuntimeException e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(InvalidReview.class)
    ModelAndView invalid(InvalidReview e, HttpServletRequest request) {
        return pages.errorPage(request, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
}
