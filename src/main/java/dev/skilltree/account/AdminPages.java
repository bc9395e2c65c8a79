package dev.skilltree.account;

import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: users and their roles, groups with their learners and mentors. */
@PageController
class AdminPages {

    private final AccountService accounts;
    private final GroupService groups;

    AdminPages(AccountService accounts, GroupService groups) {
        this.accounts = accounts;
        this.groups = groups;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("groups", groups.list());
        return "account/admin";
    }

    @PostMapping("/admin/users/{username}/role")
    String role(
            @PathVariable String username,
            @RequestParam Role role,
            @ModelAttribute("page") Page page,
            RedirectAttributes redirect) {
        if (page.user().username().equals(username) && role != Role.ADMIN) {
            redirect.addFlashAttribute("message", page.t("admin.keepOwnRole"));
        } else {
            try {
                accounts.changeRole(username, role);
            } catch (InvalidAccount e) { // the user was removed since the page was drawn, or the URL was typed
                redirect.addFlashAttribute("message", e.getMessage());
            }
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/groups")
    String createGroup(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            groups.create(name);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("message", e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/groups/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "false") boolean mentor,
            RedirectAttributes redirect) {
        try {
            groups.addMember(id, username.strip().toLowerCase(java.util.Locale.ROOT), mentor);
        } catch (InvalidAccount e) {
            redirect.addFlashAttribute("message", e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/groups/{id}/members/{userId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId) {
        groups.removeMember(id, userId);
        return "redirect:/admin";
    }
}
