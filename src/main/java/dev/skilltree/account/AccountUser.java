package dev.skilltree.account;

import dev.skilltree.web.Viewer;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: the account plus, during sign-in only, the password hash. */
public record AccountUser(Account account, String passwordHash) implements UserDetails, Viewer.Known {

    @Override
    public Viewer viewer() {
        return new Viewer(account.id(), account.username(), account.role().name());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }
}
