package vn.cchc.portal.users;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	@Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	/** What a request needs to know about its signed-in account, in one small query. */
	@Query("select new vn.cchc.portal.users.UserAccountRepository$AccountState(u.version, u.enabled) "
			+ "from UserAccount u where u.id = :id")
	Optional<AccountState> findStateById(long id);

	record AccountState(long version, boolean enabled) {
	}

}
