package dev.skilltree.web;

/** Who reads a page, as the layout needs them: the signed-in person's id, name and role. */
public record Viewer(long id, String username, String role) {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    /** A signed-in principal that can say who it is to the pages; the account module's principal is one. */
    public interface Known {
        Viewer viewer();
    }
}
