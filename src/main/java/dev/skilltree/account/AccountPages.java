package dev.skilltree.account;

import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, registration and the account page with its API tokens. */
@PageController
class AccountPages {

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountPages(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The sign-in form, saying why it is shown: a failed attempt, a page that needs sign-in, a sign-out. */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) String required,
            @RequestParam(required = false) String signedOut,
            Model model) {
        model.addAttribute("error", error == null ? "" : error);
        model.addAttribute("username", username);
        model.addAttribute("notice", signedOut != null ? "login.signedOut" : required != null ? "login.required" : "");
        return "account/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("username", "");
        model.addAttribute("error", null);
        return "account/register";
    }

    /** A new account is signed in at once, as if it had just signed in through the form. */
    @PostMapping("/register")
    String register(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @ModelAttribute("page") Page page,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            Account account = accounts.register(username, password);
            AccountUser user = new AccountUser(account, null);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            sessions.saveContext(context, request, response);
            redirect.addFlashAttribute("message", page.t("register.welcome", account.username()));
            return "redirect:/dashboard";
        } catch (InvalidAccount e) {
            model.addAttribute("username", username);
            model.addAttribute("error", e);
            return "account/register";
        }
    }

    @GetMapping("/account")
    String account(@ModelAttribute("page") Page page, Model model) {
        model.addAttribute("tokens", tokens.list(page.user().id()));
        return "account/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @ModelAttribute("page") Page page,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", tokens.create(page.user().id(), name));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @ModelAttribute("page") Page page) {
        tokens.revoke(page.user().id(), id);
        return "redirect:/account";
    }
}
